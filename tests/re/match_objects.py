# re: Match objects: group access, spans, defaults, lastindex/lastgroup, repr
import re
m = re.match(r"(?P<a>\d)(?P<b>x)?(\w)", "1yz")
print(repr(m), m.group(), m.group(1, 2, 3), m.group("a"), m[3], m["b"])
print(m.groups(), m.groups(""), m.groupdict(), m.groupdict("-"))
print(m.span(), m.span(2), m.start(3), m.end("a"), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern)
for bad in (4, "zz", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex,
      re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup, re.match("a", "a").lastindex)
print(re.match(r"(a)(b*)", "a").lastindex, re.match(r"(a(b*))", "a").lastindex)
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.expand(r"\2:\1"), m.expand(r"\g<0>!"), m.expand(r"<\g<1>>"))
print(repr(re.match(b"ab", b"abc")), repr(re.search("", "abc")), repr(re.search("b", "a'b\"")))
p = re.compile(r"o")
print(p.search("foo", 2).span(), p.match("foo", 1).span(), p.match("foo"), p.search("foo", 0, 1))
print(p.fullmatch("xoy", 1, 2).span(), p.search("foo", 5), p.search("foo", -3).span())
m = p.search("foo", 1, 100)
print(m.pos, m.endpos)
print(re.compile(r"^o").search("foo", 1), re.compile(r"o$").search("foox", 0, 3).span())
print(re.match(r"(a)|b", "b").groups(), re.match(r"(a)|b", "b").span(1), re.match(r"(a)|b", "b").start(1))
print(re.search("é(.)", "caféx").span(), re.search("é(.)", "caféx").group(1), re.search("(€+)", "a€€b").span(1))
print(bool(re.match("", "")), re.fullmatch("a|ab", "ab").group())
