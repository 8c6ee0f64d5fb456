# Chained comparisons evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(5) < v(3))
print(calls)
calls.clear()
print(v(5) < v(1) < v(3))
print(calls)  # short-circuits after the first False
calls.clear()
print(v(1) <= v(1) < v(2) != v(3) >= v(0))
print(calls)

x = 5
print(0 < x < 10, 0 < x < 5, x in [5] in [[5]], 2 < x not in (1, 2))
print(1 < 2 > 0 < 3, "a" < "b" < "c", [1] < [2] <= [2])
print(None is None is not False)
print((1 < 2) < 3)

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
print(Loud(1) < Loud(2) < Loud(3))
r = Loud(3) < Loud(2) < Loud(1)
print(r)
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9 < 10 < 11)
print(3 == 3.0 == 3 + 0j)
