# divmod() across int, float, bool and custom types
cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (2 ** 70, 3 ** 20), (0, 5), (5, 1)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, type(q).__name__, type(r).__name__)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, n):
        return ("rdivmod", n, self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(divmod(Money(1001), 4), divmod(10, Money(3)))
print(divmod(-0.0, 1), divmod(1e308, 1e-308)[1] < 1e-308, divmod(float("inf"), 1))
