# The string module constants and helpers
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; cost $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
f = string.Formatter()
print(f.format("{0}-{1:>4}", "a", "b"))
print([tuple(x) for x in f.parse("a{0}b{name!r:>5}c")])
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table))
print(all(c in string.printable for c in "Hi there!\n"))
