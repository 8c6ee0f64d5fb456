# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i = Idx(3)
L = list(range(10))
print(L[i], L[Idx(1):Idx(4)], bin(i), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), range(Idx(4)), int(i), [0] * Idx(2))
print(operator_index := __import__("operator").index(i))

class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
n = Num()
print(int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))

class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class FloatOnly:
    def __float__(self):
        return 1.5
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
print(math.sqrt(FloatOnly()))
class IntSub(int):
    pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__)
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
