# Bit manipulation idioms on small and big integers
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
vals = [0, 1, 7, 8, 255, 256, 2 ** 64 - 1, 2 ** 100 + 5, 0b1011_0110]
print([popcount(v) for v in vals], [v.bit_count() for v in vals])
print([v.bit_length() for v in vals], [(v & -v) for v in vals])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(0b1101, 4), bin(reverse_bits(0b1, 8)), reverse_bits(2 ** 63, 64))
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)], is_power_of_two(2 ** 200), is_power_of_two(2 ** 200 + 2))
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(70) if mask >> b & 1])
flags = 0b1010
flags ^= 0b0110
flags &= ~0b0010
print(bin(flags), flags)
def gray(n):
    return n ^ (n >> 1)
print([gray(i) for i in range(8)], [bin(gray(i))[2:].zfill(3) for i in range(8)])
x = 0xDEADBEEF
print(hex(x >> 16), hex(x & 0xFFFF), hex(((x << 8) | (x >> 24)) & 0xFFFFFFFF), x.to_bytes(4, "little").hex())
print(-1 & 0xFF, -256 >> 4, ~0xFF & 0xFFFF, (-(2 ** 70)) >> 68, -5 & 3, -5 | 3, -5 ^ 3)
print(sum(1 << i for i in range(10)), (1 << 10) - 1, int("1" * 10, 2))
