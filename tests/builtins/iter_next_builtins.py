# iter() and next() with various iterables and defaults
print(next(iter([1, 2])), next(iter("ab")), next(iter((9,))), next(iter({"k": 1})), next(iter({5})))
print(next(iter(range(3, 10))), next(iter(b"AB")), next(iter(bytearray(b"z"))))
it = iter([1])
print(next(it), next(it, None), next(it, "again"))
d = {"a": 1, "b": 2}
print(list(iter(d.items())), list(iter(d.values())))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, list(c), next(c, "empty"))
f = open("/tmp/shoal_iter_next_test.txt", "w")
f.write("l1\nl2\n")
f.close()
with open("/tmp/shoal_iter_next_test.txt") as fh:
    print(iter(fh) is fh, next(fh), list(fh))
import os
os.remove("/tmp/shoal_iter_next_test.txt")
e = enumerate("xy")
print(next(e), list(e))
z = zip("ab", "cd")
print(next(z), next(z), next(z, "done"))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, "ab")
print(next(m), next(m), next(m, "-"))
