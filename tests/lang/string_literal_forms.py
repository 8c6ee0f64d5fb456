# Escape sequences and raw/bytes literals
samples = [
    "tab\there", "new\nline", "back\\slash", "quote\"d", 'single\'q', "bell\a", "null\0",
    "hex\x41", "oct\101", "uni\u00e9", "wide\U0001F600", "named\N{EM DASH}", "cr\r", "ff\f", "vt\v", "bs\b",
]
for s in samples:
    print(repr(s), len(s))
raw = [r"\n", r"\t\\", r"C:\path\to", r"\x41", r"\u00e9", r"a\"b"]
for s in raw:
    print(repr(s), len(s))
byts = [b"\x00\xff", b"\n\t", rb"\n", b"\101", b"a\\b"]
for b in byts:
    print(repr(b), len(b), list(b))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\u00e9" == "\xe9")
print("line1\
line2")
print("""triple "with" 'quotes'""", '''and "more"''')
print(len("""
"""), repr("""a
b"""))
print("\z is not an escape" if False else "unknown escapes stay literal:", len("\\z"))
print("abc" "def", "x" 'y' """z""")
print(f"{'f' 'string'}", rb"raw\bytes", Rb"\d")
