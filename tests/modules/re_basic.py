# re module essentials
import re
m = re.match(r"(\w+) (\w+)", "hello world again")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc"), re.search(r"\d+", "abc123def456").group(), re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"x", "abc"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")])
print(re.sub(r"\s+", " ", "too    many   spaces"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.subn("a", "A", "banana"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("x", "y", "xxx", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s", "a b c", maxsplit=1))
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)", re.IGNORECASE)
print([m.groupdict() for m in pat.finditer("a=1;B=two;c=")], pat.pattern, bool(pat.flags & re.I))
print(re.search(r"^b", "a\nb", re.M).group(), re.search(r"a.b", "a\nb", re.S).group() == "a\nb", re.findall(r"(?i)ab", "AB ab Ab"))
print(re.escape("a.b*c?"), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a+?", "aaa").group(), re.match(r"(a|b)*c", "ababc").group(1))
print(re.search(r"(\d+)-(\d+)?", "10-").groups(), re.search(r"(\d+)-(\d+)?", "10-").groups("none"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.sub(r"(?<=a)b", "X", "abab cb"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "date: 2024-03-15")
print(m["y"], m.group("m"), m.lastindex, m.re.pattern, m.string)
