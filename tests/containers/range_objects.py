# range objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9), 11 in r, 12 in r)
print(range(5), range(0), range(1, 0), list(range(5, 0, -1)), list(range(-3, 3)), len(range(10, 0, -3)))
print(range(0, 10) == range(0, 10), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 4, 2) == range(1, 5, 2))
print(hash(range(3)) == hash(range(0, 3)), list(reversed(range(4))), sum(range(101)))
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, big[10 ** 19], big[::10 ** 19])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
print(range(3).__class__.__name__, 2.0 in range(3), "a" in range(3))
print(list(range(10))[range(2, 5)[0]], max(range(7)), min(range(3, 9)))
print(range(-5, 5, 2)[1:], range(10)[-3:], list(range(10)[::-3]))
