# Mixed int/float/complex arithmetic and comparisons
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5, 9 ** 0.5, 10 / 4)
print(1 + 1j, 2.5 * 1j, 3 / 1j if True else 0, (1 + 2j) + 1.5)
print(type(1 + 2.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + 1.0).__name__)
print(1 == 1.0, 1 == 1.0 + 0j, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
print(1 < 1.5 < 2, 3.0 in [1, 2, 3], 3 in [3.0], {1.0: "x"}[1])
print(max(1, 2.0, 1.5), min(-1, -1.0), max(-1.0, -1), sorted([3, 1.5, 2, 0.5]))
print(int(2 ** 60) == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, divmod(7.5, 2))
print(1e308 * 10 == float("inf"), 10 ** 308 * 10 > 1e308)
print(round(2 ** 0.5, 5), abs(-2.5), abs(-3), abs(3 - 4j))
print(sum([1, 2.5, 3]), sum([1j, 2, 0.5]))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(1.5), hash(-0.5))
