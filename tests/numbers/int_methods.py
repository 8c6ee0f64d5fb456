# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1).to_bytes(4, "big"), (0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
big = 3 ** 100
b = big.to_bytes((big.bit_length() + 7) // 8, "big")
print(len(b), b[:6], int.from_bytes(b, "big") == big)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((7).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (10).__add__(5), (10).__rsub__(3), (7).__floordiv__(2))
print(True.bit_length(), (12).to_bytes(2, byteorder="big"))
print((0x1234).to_bytes(2, "big").hex(), int.from_bytes(bytes.fromhex("deadbeef"), "big"))
print((65).to_bytes(1), int.from_bytes(b"\x01\x00"))
