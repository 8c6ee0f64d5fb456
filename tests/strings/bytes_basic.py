# bytes literals, indexing, slicing, comparison, construction
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), type(b[0]).__name__)
print(list(b), bytes([104, 105]), bytes(3), bytes(), bytes(b"copy"), bytes(range(65, 70)))
print(bytes("é", "utf-8"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(b + b" world", b * 2, 3 * b"-", b"l" in b, 108 in b, b"xyz" in b, b"" in b)
print(b == b"hello", b < b"help", b"a" < b"b", b"" < b"\x00", b"abc" != "abc")
print(repr(b"\x00\x01\t\n\r\\'\"\x7f\x80\xff"), repr(b"it's"), repr(b'say "hi"'), repr(b"both'\""))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), b"abc".__class__.__name__)
print(bytes.fromhex("48 65 6c 6c 6f"), b"Hello".hex(), b"Hello".hex("-"), b"\x01\x02\x03\x04".hex(":", 2))
print(sorted(b"banana"), max(b"az"), sum(b"\x01\x02"), bytes(reversed(b"abc")))
for i, c in enumerate(b"hi"):
    print(i, c, chr(c))
print(b"%s" % b"x" if False else b"abc"[1:2], b"abc"[5:], b"\x00" * 3)
