# sum/min/max over floats, ints and mixed types (order of accumulation matters)
vals = [0.1] * 10
print(sum(vals), sum(vals, 0.0), sum(sorted(vals)), sum([1e16, 1.0, 1.0, -1e16]), sum([1.0, 1e16, -1e16, 1.0]))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), sum([2 ** 64] * 3))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]), sum([True, True, 0.5]), sum([], start=0.0))
print(min([3, 1.5, 2]), max([3, 1.5, 2]), min("zebra", "apple"), max([[1, 2], [1, 3]]))
print(max([float("-inf"), -1e308]), min([float("inf"), 1e308]), max(0.0, -0.0), min(0.0, -0.0))
print(min(-0.0, 0.0), max(-0.0, 0.0), max([1, 1.0]), max([1.0, 1]), min([1, True]))
data = [(3, "c"), (1, "a"), (2, "b")]
print(min(data), max(data), min(data, key=lambda t: t[1]), max(data, key=lambda t: -t[0]))
print(sum(x / 3 for x in range(1, 10)), sum([1 / 3] * 3) == 1.0, sum([0.2] * 5) == 1.0)
print(round(sum([0.1, 0.2, 0.3]), 15), sum([0.3, 0.2, 0.1]))
