# Item assignment and deletion on objects that do not support it
def show(fn):
    try:
        fn()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)

def assign(obj, key, value):
    obj[key] = value

def delete(obj, key):
    del obj[key]

show(lambda: assign("abc", 0, "x"))
show(lambda: assign((1, 2), 0, 5))
show(lambda: assign(b"ab", 0, 1))
show(lambda: assign(range(3), 0, 1))
show(lambda: assign(5, 0, 1))
show(lambda: assign(None, "k", 1))
show(lambda: assign(frozenset(), 0, 1))
show(lambda: assign({1}, 0, 1))
show(lambda: assign(len, 0, 1))
show(lambda: delete("abc", 0))
show(lambda: delete((1,), 0))
show(lambda: delete(5, 0))
show(lambda: delete(range(3), 1))
show(lambda: delete({1}, 1))
show(lambda: assign([1], "a", 1))
show(lambda: assign([1], slice(0, 1), 5))
show(lambda: assign({}, [1], 1))
show(lambda: assign(bytearray(b"x"), 0, "a"))
show(lambda: assign(bytearray(b"x"), 0, 300))
class ReadOnly:
    def __getitem__(self, k):
        return k
show(lambda: assign(ReadOnly(), 0, 1))
show(lambda: delete(ReadOnly(), 0))
