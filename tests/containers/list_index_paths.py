# The eval loop's list fast paths (get, set, unpack) against every edge:
# negative and out-of-range indexes, bools and big ints as indexes,
# subclasses, and a __del__ that changes the list while it is unpacked.

lst = [10, 20, 30]
for i in (0, 2, -1, -3):
    print(i, lst[i])
for i in (3, -4, 2**63, -(2**63) - 1):
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError:", e)
print(lst[True], lst[False])

for i, v in ((0, "a"), (-1, "z"), (True, "t")):
    lst[i] = v
print(lst)
for i in (3, -4, 2**64):
    try:
        lst[i] = 0
    except IndexError as e:
        print("IndexError:", e)
try:
    lst["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __getitem__(self, i):
        return ("sub", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


s = L([1, 2, 3])
s[0] = 5
print(s[0], s[-1], list(s))

a, b, c = [1, 2, 3]
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
(x, [y, z]), w = (1, [2, 3]), 4
print(x, y, z, w)


# unpacking into variables whose old values die with a __del__ that
# empties the list being unpacked
class Dropper:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.clear()
        print("dropped, list now", self.target)


def unpack_over(target):
    p = Dropper(target)
    q = 0
    p, q = target
    return p, q


print(unpack_over([7, 8]))
big = list(range(20))
a, *rest = big
print(a, len(rest))
for (u, [v1, v2]) in [(1, [2, 3]), (4, [5, 6])]:
    print(u, v1, v2)
