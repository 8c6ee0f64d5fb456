# strip variants, padding and alignment methods
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("www.example.com".lstrip("w.")))
print(repr("hello".strip("")), repr("".strip()), repr("aaa".strip("a")))
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")),
      repr("name".removeprefix("x")), repr("name".removesuffix("")))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("ab".ljust(1)), repr("ab".rjust(4, "é")))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(6)), repr("".zfill(3)), repr("12345".zfill(2)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\tx".expandtabs(3)), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("\u00a0\u2003 spaced \u3000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()))
print(repr(" a ".strip(None)), repr("  x  ".lstrip(" x")))
