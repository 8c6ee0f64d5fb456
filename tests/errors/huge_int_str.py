# Integer/string conversion digit limit (Python 3.11 default: 4300 digits)
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), (10 ** 5000).bit_length())
try:
    print(f"{10 ** 5000}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-(10 ** 4400))
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 7)
print(int("f" * 5000, 16) % 1000)
sys.set_int_max_str_digits(10000)
s = str(10 ** 5000)
print(len(s), s[:3])
sys.set_int_max_str_digits(0)
print(len(str(7 ** 20000)))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
x = 2 ** 20000
print(x.bit_length(), x % 1000, len(bin(x)))
