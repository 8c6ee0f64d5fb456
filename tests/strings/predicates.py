# is* predicate methods on ASCII strings
tests = ["abc", "ABC", "abc123", "123", "", " ", "\t\n", "a b", "Hello",
         "hello_world", "_private", "2abc", "class", "3.14", "-5", "MiXeD", "\x00", "a!",
         "Title Case", "UPPER CASE", "x1_", "\x7f", "~", "0", "00"]
names = ["alpha", "digit", "decimal", "numeric", "alnum", "space", "identifier",
         "printable", "ascii", "lower", "upper", "title"]
for t in tests:
    flags = [getattr(t, "is" + n)() for n in names]
    print(repr(t).ljust(16), " ".join(n for n, f in zip(names, flags) if f) or "-")
print("abc".isalpha() and not "ab c".isalpha())
print(all(c.isdigit() for c in "0123456789"), any(c.isspace() for c in "no_spaces"))
print([c for c in "a1 B2_c!" if c.isalnum()])
print("\x0b\x0c\x1c\x1d\x1e\x1f\x85".isspace(), "\r".isprintable(), " ".isprintable())
import keyword
print(keyword.iskeyword("class"), keyword.iskeyword("match"), "def".isidentifier())
