# Basic integer arithmetic
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a)
print(divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(-a, -b))
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(x, y, x // y, x % y, x / y)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -2, (-8) ** -1)
print(10 / 4, 10 / 5, type(10 / 5).__name__, 1 / 3)
print(abs(-5), abs(0), -0, +7, -(-7))
print(int(3.99), int(-3.99), int("42"), int(" -17 "), int("+8"), int(True))
print(7 // 1, 7 % 1, 0 // 5, 0 % 5)
print(max(3, 9, -1), min(3, 9, -1), sum(range(1, 101)))
print(1000000 * 1000000, 123456789 * 987654321)
print((2 ** 31) - 1, -(2 ** 31), 2 ** 63, -(2 ** 63) - 1, 2 ** 64)
print(5 == 5.0, 5 != 5.5, 3 < 3.5, 10 ** 20 > 1e19)
print(type(2 ** 100).__name__, type(7 // 2).__name__, type(True + 1).__name__)
x = 12345
print(x // 10 ** 2, x % 10 ** 2, x // 100 % 10)
print(-1 // 10, -1 % 10, -11 // 10, -11 % 10)
