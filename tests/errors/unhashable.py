# TypeError: unhashable type
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash(set()))
show(lambda: hash(bytearray()))
show(lambda: hash(([],)))
show(lambda: hash((1, (2, {}))))
show(lambda: {[1]: 1})
show(lambda: {{1}})
show(lambda: {1: 2}.get([]))
show(lambda: [] in {1: 2})
show(lambda: {} in {1, 2})
show(lambda: set([[1]]))
show(lambda: frozenset([{}]))
show(lambda: dict.fromkeys([[1]]))
show(lambda: {1}.add([]))
show(lambda: {}.setdefault([], 1))
show(lambda: {1: 2}.pop([], None))
show(lambda: hash(slice(1, 2)))
class EqNoHash:
    def __eq__(self, o):
        return True
show(lambda: hash(EqNoHash()))
show(lambda: {EqNoHash(): 1})
class Unhashable:
    __hash__ = None
show(lambda: hash(Unhashable()))
import collections
show(lambda: collections.Counter([[1]]))
show(lambda: hash((1, 2)) == hash((1, 2)))
show(lambda: hash(frozenset([1])) == hash(frozenset([1])))
print(list.__hash__, dict.__hash__, tuple.__hash__ is not None)
