# is* predicate methods on non-ASCII strings (Unicode categories)
tests = ["١٢٣", "½", "²", "ünïcödé", "日本", "Ⅻ", "\u00a0", "\u2028", "\u3000", "𝟘𝟙",
         "ǅ", "ﬁ", "é", "e\u0301", "µ", "\u200b", "௰", "٣٤", "🐍", "a\u0300"]
names = ["alpha", "digit", "decimal", "numeric", "alnum", "space", "identifier",
         "printable", "ascii", "lower", "upper", "title"]
for t in tests:
    flags = [getattr(t, "is" + n)() for n in names]
    print(ascii(t).ljust(22), " ".join(n for n, f in zip(names, flags) if f) or "-")
print(int("١٢٣"), float("٣.٥"), int("𝟘𝟙𝟚"))
try:
    int("½")
except ValueError as e:
    print("ValueError:", e)
print("日本語".isidentifier(), "变量".isidentifier(), "x²".isidentifier(), "℘".isidentifier())
print(len("日本語"), len("e\u0301"), len("🐍"), ord("🐍"), chr(0x65e5))
