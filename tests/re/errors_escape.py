# re: re.error translation (msg, pattern, pos), escape, type errors
import re
for pat in ["(unclosed", "a)", "[abc", "*a", "a**", "x\\", "(?P<n>a)(?P=m)", r"(a)\2", "a{3,2}"]:
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error as e:
        print(type(e).__name__, isinstance(e.pos, int), e.pattern == pat, e.msg != "")
for pat in ["(unclosed", "a)", "[abc", "*a", "ab\n(c"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, str(e))
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.escape("tab\there"), re.escape(b"x.y"), re.escape("über_ok"))
print(re.match(re.escape("[x](y)"), "[x](y)").group())
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(re.error, Exception), re.error("boom").msg, str(re.error("m", "pat", 1)))
print(re.Pattern.__name__, re.Match.__name__, isinstance(re.compile("a"), re.Pattern),
      isinstance(re.match("a", "a"), re.Match))
