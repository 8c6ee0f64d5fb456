# fractions and numbers: construction, arithmetic, hashing, ABCs
from fractions import Fraction
import numbers
import math

print(Fraction(1, 3), repr(Fraction(2, 6)), Fraction(-4, -8), Fraction(3, -9), Fraction(), Fraction(7))
print(Fraction('3/4'), Fraction(' -1.25 '), Fraction('1e-3'), Fraction('2.5E2'), Fraction('1_000/3'), Fraction('.5'))
print(Fraction(0.1), Fraction(2.0), Fraction(-0.375), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction.from_float(0.5), Fraction(1.1).limit_denominator(), Fraction(math.pi).limit_denominator(100))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(7, 3).limit_denominator(2))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 - a, 2 * a, 1 / a, a ** 2, a ** -2, (-a) ** 3, Fraction(-2, 3) ** -3, 4 ** Fraction(1, 2), a ** 0.5)
print(a + 0.5, 0.5 + a, a * 1j, -a, +a, abs(Fraction(-5, 3)))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a < b, a > 0.3, a <= Fraction(1, 3), a >= 1)
print(Fraction(1, 2) == complex(0.5, 0), Fraction(5) != 5, Fraction(1, 2) < float('inf'), Fraction(1) == float('nan'))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 8)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234), -2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10 ** 30, 7)))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3)]), sum([Fraction(1, n) for n in range(1, 7)]))
print(Fraction(3, 4).numerator, Fraction(3, 4).denominator, Fraction(3, 4).as_integer_ratio(), bool(Fraction(0)), str(Fraction(6, 3)))
print({Fraction(1, 2): 'half'}[0.5], max(Fraction(1, 3), Fraction(1, 4)))
for bad in ['1/0', 'abc', '1.2.3', '1/2.0', '', ' / ', '1__0', 'e5']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ([],), (float('nan'),), (float('inf'),)]:
    try:
        Fraction(*args)
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
for x in [1, True, 1.5, 1j, Fraction(1, 2), 'x']:
    print(type(x).__name__, [isinstance(x, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(Fraction, numbers.Rational), issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('TypeError', str(e)[:50])
