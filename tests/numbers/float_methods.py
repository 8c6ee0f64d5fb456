# as_integer_ratio, is_integer, conjugate, real/imag, float() parsing
for v in [0.5, 0.1, -2.25, 3.0, 1e20, 1e-3, 0.0, 2.5e-7]:
    print(repr(v), v.as_integer_ratio(), v.is_integer())
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d == 2 ** 55)
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer())
x = 2.5
print(x.real, x.imag, x.conjugate(), float.__name__)
print((7.0).__trunc__(), (-7.9).__trunc__(), (7.5).__floor__(), (7.5).__ceil__())
print(abs(-3.5), -(-0.0), +1.5)
print(1.5 + 2, 3 * 0.5, 7 / 2.0, 2 ** 0.5, 10.0 // 3, 10.0 % 3)
print(float.fromhex("0x1p-2") * 4, type(1 + 1.0).__name__, 3 == 3.0, hash(3.0) == hash(3))
print(1e300 * 1e300, -1e300 * 1e300)
print(0.1 + 0.7, 0.1 * 0.1, 1e-7 + 1, 1e15 + 0.3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(int(1e15 + 0.5), int(-1.5e10), float(2 ** 53 + 1) == float(2 ** 53))
print(1 / 7, 22 / 7, 355 / 113)
print(8 ** (1 / 3), 2 ** -0.5, (-8) ** 2.0, 4 ** 0.5)
print((-8) ** (1 / 3))
