# str case methods on ASCII strings (their own fast path) and on others.
tests = ["hello world", "HELLO wORLD", "they're bill's friends", "a1b2 c3D", "", "x", "  lead", "ÀB", "123abc", "ABC-def_ghi", "o'neil mc'donald", "tItLe ThIs", "\tx\ny"]
for t in tests:
    print(repr(t), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.lower()), repr(t.upper()), repr(t.casefold()), t.istitle())
