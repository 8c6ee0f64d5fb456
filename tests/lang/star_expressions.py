# Starred expressions in displays, returns, yields, subscripts and calls
def f():
    rest = [2, 3]
    return 1, *rest, 4
print(f())
def g():
    yield 0, *"ab"
print(list(g()))
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *a], (*a,), [*range(3), *"xy"])
print({**{"k": 1}, "m": 2, **dict(n=3)}, {"a": 1, **{"a": 2}}, {**{}, **{}})
first, *middle, last = *a, *b
print(first, middle, last)
def h(*args, **kwargs):
    return args, kwargs
print(h(*a, *b, 5, *[], **{"x": 1}, **{"y": 2}))
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
matrix = [[1, 2], [3, 4]]
print(*matrix, sep=" | ")
print(*[f"item{i}" for i in range(3)])
print(max(*a, *b), min(*"zyx"))
nested = [*[*a], *[[*b]]]
print(nested)
print(len([*"hello"]), sorted({*"banana"}))
t = 1, *a
print(t, type(t).__name__)
s = "x"
print([*s * 3], [*s] * 3)
