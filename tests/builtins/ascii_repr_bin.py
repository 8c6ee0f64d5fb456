# ascii(), repr() and bin/oct/hex of many objects
objs = ["plain", "tab\t", "é", "€", "😀", "\x00", "\x7f", "\u2028", b"bytes\xff", ["é", ("ü",)], {"ß": 1}, 1.5, None, True]
for o in objs:
    print(repr(o), ascii(o))
nums = [0, 7, -7, 255, 2 ** 32, -(2 ** 33)]
print([bin(n) for n in nums])
print([oct(n) for n in nums])
print([hex(n) for n in nums])
print([format(n, "#b") for n in nums], [format(n, "x") for n in nums])
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
print(repr(repr), repr(int.__add__) is not None, ascii(str))
