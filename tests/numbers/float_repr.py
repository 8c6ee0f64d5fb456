# Shortest round-trip repr of floats
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1 / 3, 2 / 3, 10 / 3, 100.0,
          1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 0.00001234, 1.5e-7,
          1e22, 1e23, 9007199254740993.0, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 1.1, 2.675,
          0.30000000000000004, 4.35, 1234.5678, 1e100, 1.23e-100, 12345678901234567.0]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
print(1e16 - 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 60)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 1 - 0.9)
print([x / 10 for x in range(11)])
print(float("1e309"), float("-1e309"), 1e308 * 10)
print(float(10 ** 20), float(2 ** 100), float(-(3 ** 40)))
print(float("0.1"), float("  -2.5  "), float("1_000.5"), float("+.5"), float("5."))
print(float(7), float(True), float("inf"), float("-Infinity"), float("nAn"))
