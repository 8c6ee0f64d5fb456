# re: compile, flags, Pattern attributes and reprs, inline flags, cache
import re
p = re.compile(r"a+")
print(repr(p), p.pattern, p.flags == re.UNICODE, p.groups, p.groupindex)
q = re.compile(r"(?P<first>\w+)\s(?P<last>\w+)", re.I | re.M)
print(repr(q), q.groups, dict(q.groupindex), q.flags & re.I != 0, q.flags & re.M != 0)
print(repr(re.I), repr(re.I | re.S), str(int(re.X)), re.A == 256, re.DOTALL == re.S)
print(re.compile(b"ab+").pattern, re.compile(b"ab").flags, repr(re.compile(b"x", re.I)))
print(re.compile("(?i)abc").flags & re.I != 0, re.match("(?i)abc", "ABC").group())
print(re.compile("(?ms)^a.b$").search("x\na\nb\ny").group() == "a\nb")
print(re.compile("x") is re.compile("x"), re.compile(p) is p)
re.purge()
print(re.compile("x") == re.compile("x"), re.compile("x") != re.compile("y"))
v = re.compile(r"""
    (\d+)   # number
    \s*     # space
    ([a-z]+) # word
""", re.VERBOSE)
print(v.match("42  apples").groups(), v.flags & re.X != 0)
print(re.search(r"\d+", "x٣٤y").group() == "٣٤", re.search(r"\d+", "x٣٤y5", re.A).group())
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.ASCII))
print(re.match("ÄÖ", "äö", re.I) is not None, re.match(b"AB", b"ab", re.I).group())
print(re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n").span(), re.search(r"a\Z", "ba").span())
print(re.search(r"\u00e9+", "caféé").group(), re.match(r"x{,2}", "xxx").group(), re.match("a{2}", "aaa").group())
print(re.findall(r"\bfoo\b", "foo foobar foo"), re.findall(r"\Bo", "foo"))
for pat, s in [("^$", ""), ("a|b", "b"), ("[^abc]", "d"), (r"(?<!a)b", "cb"), (r"(?=x)x", "x")]:
    print(pat, re.search(pat, s) is not None)
