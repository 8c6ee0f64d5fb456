# sum, any, all, abs
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(100), start=1), sum([0.1] * 3))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2, True]))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum([10 ** 20, 10 ** 20]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: sum(5), lambda: sum([b"a"], b"")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any("abc"), all(""))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), calls)
calls.clear()
print(all(check(v) for v in [3, 1, 5]), calls)
print(abs(-7), abs(7), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(-(10 ** 30)), abs(True), abs(-True))
print(abs(float("-inf")), abs(float("nan")))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([3, 4.5], start=0.5))
print(sum(range(1, 1001)) == 1000 * 1001 // 2, sum(i for i in range(5) if i % 2))
