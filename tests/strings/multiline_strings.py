# Triple-quoted strings, indentation and line handling
poem = """\
Roses are red,
  Violets are blue,
	Tabs are here,
And so are you.
"""
print(poem, end="")
print(len(poem.splitlines()), [len(l) for l in poem.splitlines()])
print([l.strip() for l in poem.splitlines()])
print(poem.count("\n"), poem.endswith("\n"), repr(poem[:15]))
raw = r"""raw \n stays
two lines"""
print(raw, len(raw))
query = (
    "SELECT * "
    "FROM table "
    "WHERE x = 1"
)
print(query)
block = """
    indented
        more
    back
"""
lines = block.splitlines()
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
print([l[indent:] for l in lines if l.strip()])
print("\n".join(f"{i:>2}: {l}" for i, l in enumerate(poem.splitlines(), 1)))
print(repr("a\r\nb\rc\n".splitlines()), repr("x\n\ny".split("\n")))
