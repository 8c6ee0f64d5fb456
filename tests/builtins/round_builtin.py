# round() as a builtin on many types
values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.0049, 123.456, -123.456, 1e-10, 5, -5, 10 ** 20]
for v in values:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1))
from fractions import Fraction
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)
print(round(R()), round(R(), 3), round(R(), None))
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(2.5, None), round(-0.0), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
print([round(x / 8, 2) for x in range(9)])
print(round(1234567.891, -3), round(1234567, -3), round(-1500, -3), round(2500, -3))
