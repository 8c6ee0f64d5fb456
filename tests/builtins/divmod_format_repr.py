# divmod, format, repr, ascii
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(2 ** 70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(format(3.14159, ".2f"), format(42), format(42, "b"), format("s", ">3"), format(None), format([1, 2]))
print(format(1234567, ","), format(0.5, "%"), format(True), format(3 + 0j, ""))
print(repr(1), repr(1.0), repr("s"), repr('"'), repr(None), repr([1, "a"]), repr((1,)), repr({1: "x"}), repr({1}), repr(set()))
print(repr(b"\x00"), repr(bytearray(b"a")), repr(range(3)), repr(slice(1)), repr(...), repr(NotImplemented))
print(repr(int), repr(str), repr(ValueError), repr(ValueError("x")), repr(frozenset()), repr(complex(1, -1)))
print(ascii("plain"), ascii("café"), ascii("日本"), ascii("😀"), ascii(["é"]), ascii({"ü": "ö"}), ascii(b"\xff"))
print(ascii(1.5), ascii(None), ascii("\n\t"), ascii("'quote'"))
class R:
    def __repr__(self):
        return "Rép"
print(repr(R()), ascii(R()), str(R()), [R()], f"{R()!a}")
print(format.__name__, repr.__name__, type(repr(1)).__name__)
print(repr("a'b\"c"), repr("\\"), repr("\x7f"), repr("\u0085"), repr("\U000e0000"))
