# bool: a subclass of int with two instances
print(True, False, repr(True), str(False), int(True), float(False))
print(bool.__name__, bool.__bases__, type(True) is bool, isinstance(False, int))
print(True + 1, True * 3, False - True, True / 2, True // 1, -True, abs(-True))
print(True & True, True | False, True ^ True, ~False, type(True & False).__name__, type(True | 1).__name__)
print(bool(0), bool(42), bool(-1), bool(0.0), bool(1e-300), bool(""), bool("0"), bool([]), bool([[]]))
print(bool(range(0)), bool(range(1)), bool({}), bool({0: 0}), bool(set()), bool(b"\x00"))
class Z:
    def __len__(self):
        return 0
class T:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Z()), bool(T()), bool(object()))
print(True == 1 == 1.0, hash(True) == hash(1), {True: "t", 1: "one"}, {1, True, 1.0})
print(sorted([True, False, True]), sum([True] * 7), max(False, True), min(0, False))
print(f"{True}", f"{True:d}", f"{True!r}", "%s %d" % (True, True), format(True, "^7"))
print(True.__class__, bool(True) is True, bool(0) is False, (not 1) is False)
try:
    bool.__new__(bool, 5) is True
    print("bool.__new__ ok")
except TypeError as e:
    print("TypeError:", e)
print([x for x in range(5) if bool(x % 2)], list(map(bool, [0, 1, "", "a"])))
