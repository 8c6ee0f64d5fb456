# UnicodeEncodeError / UnicodeDecodeError attributes and messages
def show(label, fn):
    try:
        print(label, repr(fn()))
    except UnicodeError as e:
        print(f"{label:<20}", type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason)

show("ascii encode", lambda: "naïve café".encode("ascii"))
show("latin-1 encode", lambda: "snow ☃ man".encode("latin-1"))
show("latin-1 range", lambda: "ab€€€cd".encode("latin-1"))
show("utf-8 surrogate", lambda: "a\ud800b".encode("utf-8"))
show("utf-8 bad start", lambda: b"ok\x80ok".decode("utf-8"))
show("utf-8 truncated", lambda: b"\xe2\x82".decode("utf-8"))
show("utf-8 bad cont", lambda: b"\xe2\x28\xa1".decode("utf-8"))
show("utf-8 overlong", lambda: b"\xc0\xaf".decode("utf-8"))
show("utf-8 surrogate dec", lambda: b"\xed\xa0\x80".decode("utf-8"))
show("utf-8 too big", lambda: b"\xf4\x90\x80\x80".decode("utf-8"))
show("ascii decode", lambda: b"abc\xff".decode("ascii"))
show("str(bytes, enc)", lambda: str(b"\xff\xfe", "utf-8"))
show("replace ok", lambda: b"a\xffb".decode("utf-8", "replace"))
show("ignore ok", lambda: "a€b".encode("ascii", "ignore"))
try:
    "x€".encode("ascii")
except UnicodeEncodeError as e:
    print(repr(e.object), e.args[:1], issubclass(UnicodeEncodeError, ValueError))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(repr(e.object), e.args[0], type(e.object).__name__)
try:
    "x".encode("utf-8", "bogus-handler") if False else "€".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
