# iter(callable, sentinel), iter() on sequences, next() with default
data = [1, 2, 3, 0, 4, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(list(it))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))

lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
print(next(lines), next(lines, "EOF"))

class Callable:
    def __init__(self):
        self.n = 10
    def __call__(self):
        self.n -= 3
        return self.n
print(list(iter(Callable(), -2)))

ci = iter(int, 1)
print(next(ci), next(ci), type(ci).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = iter("xyz")
print(next(s), list(s))
l = [1, 2, 3]
li = iter(l)
next(li)
l.append(4)
print(list(li))
d = iter({"k": 1, "j": 2})
print(next(d), type(d).__name__, type(iter(set())).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
