# Arbitrary precision integer arithmetic
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, -(10 ** 30)))
print(a ** 3 // b ** 2)
print((a * b) // a == b, (a * b) % b)
print(pow(a, 5) % (10 ** 20))
print(10 ** 50 + 1, 10 ** 50 - 1)
print(-(10 ** 40), abs(-(10 ** 40)))
print((1 << 100) + (1 << 99), (1 << 100) - 1)
print(a == 2 ** 200, a > b, a < b, a != a + 1)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 30), f % 1000007)
print(int("9" * 60) + 1)
print(int("-" + "1234567890" * 5) * 3)
print(12345678901234567890123 * -98765432109876543210)
print((10 ** 30) / (10 ** 10), (2 ** 70) / 3)
print(99999999999999999999 // 3, 99999999999999999999 % 3)
