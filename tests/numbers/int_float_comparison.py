# Exact comparisons between ints and floats, including huge and special values
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), big + 1 < float(big) + 2)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 10 ** 23 < 1e23)
print(2 ** 1000 > 1e300, 2 ** 1024 > float("1.7976931348623157e308"), 2 ** 1024 < float("inf"))
print(-(2 ** 1024) > float("-inf"), 0 == -0.0, 1 == 1.0000000000000002, 1 < 1.0000000000000002)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 2 ** 100 == nan)
print(sorted([3, 2.5, 2 ** 60, 1e18, -1, -1.5, 0, 0.0]))
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19))
print(0.1 == 1 / 10, 0.1 * 3 == 0.3, 3 * 0.1 < 0.30000000000000005)
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(0.5) == hash(0.5), {2 ** 64: "int"}.get(float(2 ** 64)))
print(True == 1.0, False == 0.0, True < 1.5, [1, 2.0] == [1.0, 2])
print((1, 2.0) < (1, 2.5), {1, 1.0, True}, {0.0: "a", 0: "b", False: "c"})
