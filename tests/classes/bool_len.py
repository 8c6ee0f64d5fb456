# __bool__ and __len__ drive truthiness
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Empty()), bool(Full()), len(Full()))
print(bool(Flag(False)), bool(Flag(True)))
print(bool(Both()), len(Both()))
if Flag(True):
    print("if uses __bool__")
print(not Flag(False))
print(Flag(False) or "fallback")
print([x for x in [Empty(), Full()] if x].__len__())
class Neither:
    pass
print(bool(Neither()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class HugeLen:
    def __len__(self):
        return 2**100
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError:", e)
