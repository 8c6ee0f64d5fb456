# \N{...} escapes and the unicodedata module: names, aliases, algorithmic
# names, errors, properties and normalization.
import unicodedata

print(ascii("\N{LATIN SMALL LETTER A}\N{latin capital letter e with acute}\N{EM DASH}"))
print(ascii("\N{NUL}\N{LINE FEED}\N{BYTE ORDER MARK}\N{zwnbsp}"))  # aliases
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GGAEG}\N{HANGUL SYLLABLE A}"))
print(ascii("\N{cjk compatibility ideograph-f900}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}"))
print(ascii("\N{GRINNING FACE}\N{SNOWMAN}"), len("\N{PILE OF POO}"))
x = 3
print(ascii(f"{x}\N{BULLET}{x + 1}\N{bullet}"), ascii(rf"\N{x}"))
print(b"\N{DASH}", "\\N{DASH}")
print(ascii("a" "\N{DIGIT ONE}" f"\N{DIGIT TWO}"))

for src in [
    r'"\N{foo}"',
    r'"ab\N{no such thing}x"',
    r'"\N"',
    r'"\Nx"',
    r'"\N{"',
    r'"\N{}"',
    r'"\N{abc"',
    r'"\N{abc\N{DASH}"',
    r'"\N{LATIN SMALL LETTER A }"',
    r'"\N{hangul syllable ga}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-2A6E0}"',
    r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    r'f"a{x}\N{nope}"',
    'x = "\u00e9\\N{nope}"',
]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)

u = unicodedata
print(u.unidata_version)
for ch in "A\u00e9\u4e00\uac00\u0301\U0001F600\u00bd\u2167":
    print(ascii(ch), u.name(ch), u.category(ch), u.bidirectional(ch), u.east_asian_width(ch),
          u.combining(ch), u.mirrored(ch), u.numeric(ch, None), u.decimal(ch, None),
          u.digit(ch, None), repr(u.decomposition(ch)))
for name in ["LATIN SMALL LETTER A", "latin small letter a", "BEL", "NUL",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-9FFF", b"SNOWMAN", "hangul syllable ga", "nope", "x" * 300]:
    try:
        print(ascii(u.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
for bad in [lambda: u.name("\uffff"), lambda: u.name("ab"), lambda: u.name(1),
            lambda: u.category("ab"), lambda: u.numeric("a"), lambda: u.decimal("x"),
            lambda: u.digit("x"), lambda: u.normalize("NFX", "a"), lambda: u.normalize(1, "a"),
            lambda: u.lookup(1), lambda: u.name()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(u.name("\uffff", "dflt"), u.numeric("a", -1))
for s in ["e\u0301", "\u00e9", "\u1e9b\u0323", "\ufb01", "\u2126", "\uac00\u11a8", "\u1100\u1161\u11a8",
          "a\u0323\u0302", "\u0958", "\u00c5\u0301", "x\u0301\u0300\u0327", ""]:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          u.is_normalized("NFC", s), u.is_normalized("NFD", s))
s = "plain ascii"
print(u.normalize("NFC", s) is s)
count = sum(1 for c in range(0x10000) if u.name(chr(c), None))
print("named BMP characters:", count)
print(all(u.lookup(u.name(chr(c))) == chr(c) for c in range(0x20, 0x3000) if u.name(chr(c), None)))
