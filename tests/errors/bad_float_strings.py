# float() with invalid strings
def show(arg):
    try:
        print(repr(float(arg)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for s in ["abc", "", " ", "1.2.3", "1e", "e5", "1,5", "--1", "1_", "_1", "1__0", "0x10",
          "infinity and beyond", "nanx", "1e1.5", ".", "+", "1 2", "１.５"]:
    show(s)
show(None)
show([1.5])
show(b"1.5")
show(b"x")
show("  3.25  ")
show("-iNF")
show("+nan")
show("1_000.000_1")
show("1e-400")
show("4.9e-324")
show(complex(1, 0))
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(-1.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.acos(2)
except ValueError as e:
    print(type(e).__name__, e)
