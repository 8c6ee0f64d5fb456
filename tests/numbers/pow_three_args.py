# pow() with a modulus, including negative exponents (modular inverse)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(0, 0, 7))
print(pow(2, 1000, 10 ** 9 + 7), pow(12345, 67890, 99991))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97))
print((3 * pow(3, -1, 7)) % 7)
print(pow(2 ** 100 + 1, 2 ** 50, 2 ** 61 - 1))
print(pow(5, 3), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5))
print(pow(10, 2, 1), pow(123, 456, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(base=2, exp=5, mod=7))

def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(1, 20) for e in range(0, 30, 7) for m in (7, 97, 1000)))
