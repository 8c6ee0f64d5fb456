# chr, ord, bin, oct, hex
print(chr(65), chr(97), chr(48), chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("a"), ord(" "), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")), ord("\x00"))
print([chr(c) for c in range(97, 123)] == list("abcdefghijklmnopqrstuvwxyz"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for n in [0, 1, 5, 255, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), hex(False), oct(0o777))
try:
    bin(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    hex("ff")
except TypeError as e:
    print("TypeError:", e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-42), 0))
print(hex(255).upper(), bin(5)[2:].zfill(8), f"{5:08b}", hex(2 ** 100)[2:].count("0"))
