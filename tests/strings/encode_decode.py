# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers
s = "héllo wörld €😀"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "ascii"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
data = b"caf\xc3\xa9 \xff\xfe end"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e)
print("abc".encode(), "é".encode("utf-8"), b"\xe9".decode("latin-1"), "é".encode("latin1"))
print("€".encode("utf-8").hex(), "😀".encode().hex(" "), len("😀".encode("utf-8")))
print(b"abc".decode(), bytes("ÿ", "latin-1"), str(b"\xc3\xa9", "utf-8"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.encoding, e.start, e.end, e.reason, e.object)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"))
print(b"a\x80b".decode("utf-8", "backslashreplace"), "é€".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"))
print("\ud800".encode("utf-8", "replace"), "\ud800".encode("utf-8", "ignore"))
