# Reflected (__radd__ etc.) operator dunders
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", repr(other))
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rfloordiv__(self, other):
        return other // self.cents
    def __rmod__(self, other):
        return other % self.cents
    def __rpow__(self, other):
        return other ** self.cents
    def __rlshift__(self, other):
        return other << self.cents
    def __rand__(self, other):
        return ("rand", other)
    def __ror__(self, other):
        return ("ror", other)
    def __rxor__(self, other):
        return ("rxor", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
    def __rdivmod__(self, other):
        return divmod(other, self.cents)

m = Money(5)
print(m + 1, 1 + m)
print(sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
print(100 - m, 3 * m, 10 / m, 17 // m, 17 % m, 2 ** m, 1 << m)
print(1 & m, 1 | m, 1 ^ m, [1] @ m, divmod(17, m))
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)

class Sub(Money):
    def __radd__(self, other):
        return "Sub.__radd__ called first"
print(Money(1) + Sub(2))
class Other:
    def __add__(self, o):
        return "Other.__add__"
print(Other() + m)
