# bool is a subclass of int
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, ~False)
print(True == 1, False == 0, True is not False, isinstance(True, int), issubclass(bool, int))
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(str(True), repr(False), int(True), float(False), bool(2), bool(-0.0))
print(["no", "yes"][True], (10, 20)[False])
print(hash(True), hash(False), {True: "a", 1: "b"})
print(max(True, 0.5), min(False, -1))
print(True ** 10, 2 ** True, divmod(True, True))
print(bool.__mro__, bool.__bases__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool(), bool(None), bool("False"), bool([[]]))
print(True.real, True.numerator, (True).conjugate())
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, "03"))
print(True < 2, False > -1, sorted([True, 0, -1, False, 2]))
