# Assigning __class__ many times keeps both classes alive and correct:
# instances count their class exactly as allocation and free do.
import gc


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


objs = [A() for _ in range(10)]
for i in range(100000):
    o = objs[i % 10]
    o.__class__ = B if type(o) is A else A
del o
gc.collect()
print(sorted(x.who() for x in objs))
print(A().who(), B().who(), A.__name__, B.__name__)


def make():
    class Local:
        def who(self):
            return "Local"

    return Local


L1, L2 = make(), make()
items = [L1() for _ in range(5)]
for i in range(20000):
    items[i % 5].__class__ = L2 if type(items[i % 5]) is L1 else L1
del L1
gc.collect()
print([x.who() for x in items], len({type(x) for x in items}))
del items
gc.collect()
print(L2().who())
