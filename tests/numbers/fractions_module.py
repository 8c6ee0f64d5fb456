# fractions.Fraction exact rational arithmetic
from fractions import Fraction as F
a, b = F(1, 3), F(2, 5)
print(a, b, a + b, a - b, a * b, a / b, -a, abs(F(-3, 4)), a ** 2, b ** -1)
print(F(6, 8), F(-6, 8), F(6, -8), F(0, 5), F(5), F("3/4"), F("1.25"), F(" -0.5 "), F(0.5), F(1.1).limit_denominator(100))
print(a == F(2, 6), a < b, a > 0.3, a == 1 / 3, F(1, 2) == 0.5, F(3, 1) == 3, hash(F(1, 2)) == hash(0.5))
print(a.numerator, a.denominator, float(a), int(F(7, 2)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(sum(F(1, n) for n in range(1, 11)), F(1, 3) + 1, 2 * F(1, 4), F(1, 2) + 0.25)
print(F(3, 4).as_integer_ratio(), F(10, 4).limit_denominator(1), repr(F(1, 2)), str(F(4, 2)))
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(1, 6)]), max(F(7, 8), 0.875), min(F(1, 10), 0.1))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
h = F(0)
for i in range(1, 30):
    h += F(1, i * (i + 1))
print(h, 1 - h)
