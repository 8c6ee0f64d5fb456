# Methods of bytes
b = b"  Hello, World! Hello!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello world".capitalize())
print(b.find(b"Hello"), b.rfind(b"Hello"), b.index(b"World"), b.count(b"l"), b.find(ord("W")))
print(b.replace(b"Hello", b"Bye"), b.replace(b"l", b"L", 2))
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b"line1\nline2\r\n".splitlines(), b"x\ny".splitlines(True))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", bytearray(b"y"))))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"bc", 1))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"   ".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"42".zfill(5), b"-4".zfill(4))
print(b"a\tb".expandtabs(4), b"www.x.com".removeprefix(b"www."), b"f.txt".removesuffix(b".txt"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
print(b"\xe2\x82\xac".decode(), b"abc".hex(), bytes.fromhex("ff00"), b"A".isupper())
try:
    b"abc".join(["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"x".index(b"y")
except ValueError as e:
    print("ValueError:", e)
print(b"%d-%s-%r-%x-%c-%b-%5.1f|%%" % (5, b"s", b"r", 255, 65, b"bin", 2.25))
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
