# math results that must be bit-exact with CPython (printed with repr)
import math
xs = [0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 100.0, 1e-5, 1e5]
for x in xs:
    print(repr(x), repr(math.sqrt(x)), repr(math.exp(x) if x < 700 else 0), repr(math.log(x)), repr(math.log10(x)), repr(math.log2(x)))
angles = [0.0, 0.5, 1.0, math.pi / 6, math.pi / 3, 2.0, -1.25]
for a in angles:
    print(repr(a), repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)), repr(math.atan(a)))
print(repr(math.hypot(1e-200, 1e-200)), repr(math.hypot(3, 4, 12)), repr(math.fsum([0.1] * 7)))
print(repr(math.pow(1.1, 10)), repr(1.1 ** 10), repr(math.exp(math.log(10))), repr(math.e ** 2))
print(repr(math.floor(-0.5)), repr(math.ceil(-0.5)), repr(math.trunc(-0.5)), repr(math.fabs(-0.0)))
print(repr(math.degrees(1)), repr(math.radians(1)), repr(math.atan2(1, 2)), repr(math.copysign(0.0, -1)))
