# bytes and bytearray: construction, repr, methods, mutation, codecs
print(bytes(), bytes(3), bytes([65, 66, 255]), bytes("héllo", "utf-8"), bytes(b"x"), bytes(bytearray(b"yz")), bytes(range(3)))
print(repr(b"it's"), repr(b'q"'), repr(b"both'\""), repr(b"\t\n\r\x00\x7f\x80\\"))
b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-2], len(b), b"o" in b, 72 in b, b + b"!", b * 2, list(b"ab"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.find(111), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello".capitalize(), b.split(b", "), b"  a  b ".split(), b"a.b.c".rsplit(b".", 1))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b"  x ".strip(), b"xxyxx".strip(b"x"), b.partition(b", "), b.rpartition(b"z"))
print(b"abc".center(9, b"-"), b"abc".ljust(5), b"abc".rjust(5, b"*"), b"-3".zfill(4), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines())
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"ab1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" ".isspace(), b"Ab Cd".istitle(), b"ab".islower(), b"AB".isupper(), b"\x80".isascii())
print(b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"%s %d %x %c %r %5.1f %%" % (b"by", 42, 255, 65, "é", 2.25), b"%(k)s" % {b"k": b"v"})
print(hash(b"abc") == hash(bytes([97, 98, 99])), b"a" < b"b", b"ab" == bytearray(b"ab"), b"abc" > b"ab")
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.insert(0, 62); ba[1] = 72; ba[2:4] = b"EE"; del ba[-1]
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(69); ba.reverse(); print(ba); ba += b"xyz"; ba *= 2; print(ba, ba.copy() == ba, ba[::3])
ba[::2] = bytes(len(ba[::2])); del ba[::3]; print(ba); ba.clear(); print(ba, bytearray(3), bytearray("é", "utf-8"))
print("é€😀".encode(), "é".encode("latin-1"), "abc".encode("ascii"), "é€".encode("ascii", "replace"), "é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "ignore"))
print(b"\xc3\xa9\xe2\x82\xac".decode(), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xff".decode("latin-1"), b"a\xff".decode("ascii", "backslashreplace"), ascii(b"\xff\xfe".decode("utf-8", "surrogateescape")), ascii("\udcff".encode("utf-8", "surrogateescape")))
for bad in ["b'\\xff'.decode()", "b'\\xe2\\x82'.decode()", "b'a\\xed\\xa0\\x80'.decode()", "'é'.encode('ascii')", "'\\ud800\\ud801'.encode()", "'€'.encode('latin-1')", "'a'.encode('bogus')", "bytes('a')", "bytes(-1)", "bytes([300])", "b'a' + 'b'", "b'a'[5]", "bytearray(b'a')[5]", "bytearray().pop()", "bytearray(b'a').remove(9)", "bytearray(b'a').append(256)", "bytes.fromhex('xy')", "b'a'.find('a')", "hash(bytearray())", "'a' in b'a'"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
