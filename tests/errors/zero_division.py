# ZeroDivisionError messages
def show(fn):
    try:
        print(fn())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

zero, fzero = 0, 0.0
show(lambda: 1 / zero)
show(lambda: 1 // zero)
show(lambda: 1 % zero)
show(lambda: 1.0 / zero)
show(lambda: 1 / fzero)
show(lambda: 1.0 // fzero)
show(lambda: 1.0 % fzero)
show(lambda: 5 % fzero)
show(lambda: divmod(1, zero))
show(lambda: divmod(1.0, zero))
show(lambda: fzero ** -1)
show(lambda: zero ** -1)
show(lambda: pow(zero, -2))
show(lambda: 1j / zero)
show(lambda: (1 + 1j) / (0 + 0j))
show(lambda: 2 ** 100 // zero)
show(lambda: (2 ** 100) % zero)
show(lambda: (10 ** 400) / zero)
show(lambda: -5 // zero)
show(lambda: True / False)
import math
show(lambda: math.fmod(1, 0) if False else 1 / 0.0)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
