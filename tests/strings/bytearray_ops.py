# bytearray: mutation and methods
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba[1:4] = b"XYZW"
print(ba)
del ba[::2]
print(ba)
ba.clear()
print(ba, len(ba))
b2 = bytearray(3)
print(b2, bytearray([1, 2, 255]), bytearray("abc", "ascii"), bytearray(b"x") * 3)
b3 = bytearray(b"abc")
b3 += b"def"
b3 *= 2
print(b3, b3.upper(), b3.find(b"cd"), b3.count(b"a"), b3.replace(b"abc", b"-"))
c = b3.copy()
c[0] = 0
print(b3[0], c[0], b3 == b"abcdefabcdef", bytes(b3))
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"x").pop()
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"abc").remove(ord("z"))
except ValueError as e:
    print("ValueError:", e)
print(bytearray.fromhex("de ad"), bytearray(b"\x01\x02").hex(), bytearray(b"ab") + b"cd")
x = bytearray(b"abc")
x[1:2] = []
print(x, x.decode(), str(x, "ascii"), x.isalpha())
print(bytearray(b"a,b").split(b","), bytearray(b" x ").strip())
