# str.split() with no separator: the ASCII fast path (str.isspace of each
# ASCII character, 0x1c-0x1f included) and the general one, with maxsplit.
tests = ["", " ", "a", " a ", "a b", "  a  b  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1fx\x85y", "x\xa0y z", "a\u3000b", "one  two\tthree\nfour"]
for t in tests:
    print(repr(t), t.split(), t.split(None, 1), t.split(maxsplit=0), t.split(maxsplit=2), t.rsplit(None, 1))
