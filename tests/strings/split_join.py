# split, rsplit, splitlines, partition, rpartition, join
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "x".split("x"))
print("a--b--c".split("--"), "1<>2<>3".rsplit("<>", 1))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\r\n".splitlines(True), "".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
print(", ".join({"x": 1, "y": 2}), "|".join(("one",)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb\nc d".split(), "a\u3000b\xa0c".split())
print("1 2 3".split(" ", -1), "a b c d".rsplit(" ", 0), "a b c".split(sep=" ", maxsplit=1))
