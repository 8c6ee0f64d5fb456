# str core: repr quoting, indexing, slicing, concatenation, comparison, hashing
for s in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there\n", "\x00\x7f\x80\xff", "é€😀", "\u200b\ud800", "back\\slash"]:
    print(repr(s), len(s), ascii(s))
s = "héllo wörld"
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[10:2:-3], s[100:], s[-100:3])
print("ab" + "cd", "ab" * 3, "ab" * 0, "x" * -1, "é" in s, "wör" in s, "" in s)
print("a" < "b", "abc" < "abd", "ab" < "abc", "é" > "z", "€" > "é", "😀" > "€", "a" == "a", "a" != "a")
print(hash("") == 0, hash("abc") == hash("ab" + "c"), len({"a", "a", "b"}))
print(str(), str(123), str(b"abc"), str(b"h\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"))
print(list("abé"), [c for c in "€😀"], type(iter("a")).__name__, type(iter("é")).__name__)
print("%s|%5s|%-5s|%.2s|%r|%a" % ("x", "y", "z", "long", "q", "é"))
print("%d %i %5d %-5d| %05d %+d % d %x %X %#x %o %#o" % (1, 2, 3, 4, 5, 6, 7, 255, 255, 255, 8, 8))
print("%f %.2f %e %E %g %G %10.3f|%-10.2e|" % (1.5, 2.345, 12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5))
print("%c%c %% %(a)s %(b)d" % {"a": "A", "b": 2} if False else "%c%c %%" % ("x", 0x20ac), "%(a)s-%(b)d" % {"a": "A", "b": 2})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
S = "abc"
for bad in ["'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%z' % 1", "'%' % 1", "'%(a)s' % 1", "'%c' % 'ab'", "'%x' % 1.5", "'abc'[10]", "S['x']", "'a' + 1", "1 in 'a'", "str(b'', 'bogus')", "str('a', 'utf-8')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
