class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("boom")
print("suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError:
    print("propagated")
def wret():
    with CM("r"):
        return "ret"
print(wret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
def dec(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return wrap
@dec("<")
@dec(">")
def h(a, b=1):
    """doc of h"""
    return a + b
print(h(1), h(1, b=5), h.__name__)
def documented():
    "the doc"
print(documented.__doc__)
def nodoc(): pass
print(nodoc.__doc__)
print(h.__qualname__, documented.__qualname__)
class Outer:
    class Inner:
        def m(self):
            def local(): pass
            return local.__qualname__
print(Outer.Inner.__qualname__, Outer.Inner().m(), Outer.Inner.m.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0 for _ in "a"][0].__qualname__)
def star(a, *args, b, c=3, **kw):
    return (a, args, b, c, sorted(kw.items()))
print(star(1, 2, 3, b=4))
print(star(*[1, 2], **{"b": 5, "z": 6}))
print(star(1, *(2, 3), 4, *[5], b=0, **{"q": 1}, c=9))
def po(a, b, /, c, *, d): return (a, b, c, d)
print(po(1, 2, c=3, d=4))
try:
    star(1, **{"b": 1}, b=2)
except TypeError as e:
    print("TypeError", e)
a, *b, c = range(6)
print(a, b, c)
(p, q), [r, *s] = (1, 2), "xyz"
print(p, q, r, s)
first, second = second, first = 1, 2
print(first, second)
x = y = [0]
print(x is y)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a"]
print(lst, lst[::2], lst[-2:], lst[:1])
del lst[0], lst[-1]
print(lst)
class A: pass
o = A(); o.v = 1; o.v += 5; o.lst = [1]; o.lst[0] += 10
print(o.v, o.lst)
d = {"k": 1}; d["k"] *= 7; print(d)
n = 2; n **= 10; n //= 3; n %= 100; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 3; n -= 1
print(n)
s = "ab"; s *= 3; print(s)
print({1, 2} | {3}, [*range(3), *"ab"], (*range(2),), {**{"a": 1}, "b": 2, **{"a": 3}})
print({x: x * x for x in range(4) if x % 2}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i) if j != 1])
print(sum(x for x in range(10)), list(x for x in [] ))
nums = [3, 1, 2]
print(f"{nums!r} {len(nums):>4} {'s'!s:<3}| {nums[0]:03d} {{x}} {n=}")
width = 6
print(f"[{'ab':^{width}}]")
print(1 < 2 < 3, 3 > 2 < 1, not 1 in [1], 2 not in [1], None is not None)
print(1 if 0 else 2 if 0 else 3, 0 or "" or "x", 1 and 0 and 2, [] or None)
print(-5 // 2, -5 % 3, 2 ** 10, ~5, -(-3), +4, 7 / 2 == 3.5, 1 << 70)
print(0x1F, 0o17, 0b101, 1_000, 10 ** 20, -0, (-2) ** 2)
print(type(-0.0).__name__, b"by" + b"tes", "con" "cat", ...)
