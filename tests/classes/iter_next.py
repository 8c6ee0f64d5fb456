# __iter__ / __next__ iterator protocol
class Range2:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v

r = Range2(0, 4)
print(list(r), list(r))
print(sum(Range2(1, 11)), max(Range2(3, 7)))
for i in Range2(10, 12):
    print("loop", i)
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, "exhausted"))

class Seq:
    """Iteration falls back to __getitem__ with 0, 1, 2, ..."""
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
print(list(iter(Seq())))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoneIter:
    __iter__ = None
try:
    for x in NoneIter():
        pass
except TypeError as e:
    print("TypeError:", e)
a, b, c = Range2(7, 10)
print(a, b, c, *Range2(0, 3))
print(dict.fromkeys(Range2(0, 3)), sorted(Range2(0, 3), reverse=True))
