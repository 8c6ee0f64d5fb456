# Formatting integers: bases, grouping, alignment, sign, #, 0
n = 255
for spec in ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "10", "<10", ">10", "^10",
             "*^10", "+d", " d", "-d", "010", "010x", "#010x", "+010d", ",", "_", "_b", "_x",
             "=+10", "0=8", "e", ".2f", "%", "n", "08,d", "#_x"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != "c" else "")
print(format(1234567890, ","), format(-1234567, "_"), format(10 ** 20, ","), format(0, ","))
print(format(0b1111000011110000, "_b"), format(0xDEADBEEF, "_X"), format(-2 ** 40, "#x"))
print(format(65, "c"), format(0x1F600, "c"), format(10 ** 30, "e"), format(7, ".3e"))
print(f"{42:>{6}}|{42:<{3 + 3}}|{42:^#{8}x}|")
print(bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 64))
print("%d %i %o %x %X %#o %#x %5d|%-5d|%05d %+d % d %c" % (42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 65))
print("%x %o" % (-255, -8), "%d" % 3.99, "%s" % 12, "%r" % 12)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ",c")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
