# Iterating over objects that are not iterable
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda: iter(5))
show(lambda: list(None))
show(lambda: [x for x in 3.5])
show(lambda: tuple(len))
show(lambda: set(True))
show(lambda: dict(5))
show(lambda: sorted(7))
show(lambda: sum(8))
show(lambda: max(9))
show(lambda: min(None))
show(lambda: "".join(10))
show(lambda: enumerate(11))
show(lambda: zip([1], 12))
show(lambda: 1 in 13)
show(lambda: "a" in None)
class C:
    pass
show(lambda: list(C()))
show(lambda: [*C()])
show(lambda: {**C()})
show(lambda: dict(**5))
def f(*a):
    return a
show(lambda: f(*6))
def loop():
    for x in 1:
        pass
show(loop)
def unpack():
    a, b = 7
show(unpack)
def yf():
    yield from 8
show(lambda: list(yf()))
show(lambda: list(map(abs, 9)))
