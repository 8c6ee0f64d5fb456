# Ordering comparisons between unorderable types
def show(a, b, op):
    try:
        print(eval(f"a {op} b"))
    except TypeError as e:
        print(type(e).__name__, e)

show(1, "1", "<")
show("a", 1, ">")
show(None, None, "<=")
show([1], (1,), ">=")
show({}, {}, "<")
show({1}, [1], "<")
show(1j, 2j, ">")
show(b"a", "a", "<")
show(object(), object(), "<")
show(type, int, "<")
show([1, "a"], [1, 2], "<")
show((1, None), (1, 2), "<")
show([1, 2], [1, "a"], "==")
show(1, "1", "==")
show(None, 0, "!=")
class A:
    pass
class B:
    def __lt__(self, o):
        return NotImplemented
show(A(), A(), ">")
show(B(), B(), "<")
show(B(), 1, ">")
try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "2", 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2, "x"].sort()
except TypeError as e:
    print(type(e).__name__, e)
