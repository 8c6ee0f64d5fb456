# Basic generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)), sum(count_up(101)))

def trace():
    print("  start")
    yield "a"
    print("  middle")
    yield "b"
    print("  end")

for v in trace():
    print("got", v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])

def with_return():
    yield 1
    return "done"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
print(list(with_return()))
g = count_up(2)
print(iter(g) is g, list(g), list(g))
def empty():
    return
    yield
print(list(empty()))
print(next(iter(count_up(10))), next(count_up(0), "default"))
