# Bitwise operations and shifts, including negatives and big ints
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 64, 5 << 100 >> 98)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 10, -7 >> 1, -(2 ** 100) >> 99)
print(~0, ~-1, ~(2 ** 70))
big = (1 << 130) | (1 << 65) | 1
print(big & (2 ** 66 - 1), big | 0xFF, big ^ big, big >> 64)
print((-big) & 0xFFFF, (-big) | 1, (-big) ^ 3)
print(0b1011 & 0b0110, 0o777 | 0o100, 0xF0F0 ^ 0xFFFF)
mask = (1 << 8) - 1
print(-1 & mask, -129 & mask, 300 & mask)
x = 0b10110
print(x & -x, x & (x - 1), bin(x), x.bit_count() if hasattr(x, "bit_count") else "")
print(True << 3, True & 3, False | 2, True ^ True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
print(0 << 1000, 0 >> 5, 2 ** 1000 >> 1000)
