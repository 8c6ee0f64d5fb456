# RecursionError from runaway special methods is catchable
import sys
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
class SelfEq:
    def __eq__(self, other):
        return self == other
class SelfLen:
    def __len__(self):
        return len(self)
class SelfIter:
    def __iter__(self):
        return iter(self)
class SelfGetattr:
    def __getattr__(self, name):
        return self.__getattr__(name + "x")
for label, fn in [("repr", lambda: repr(SelfRepr())), ("eq", lambda: SelfEq() == 1),
                  ("len", lambda: len(SelfLen())), ("iter", lambda: iter(SelfIter())),
                  ("getattr", lambda: SelfGetattr().foo)]:
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, type(e).__name__)
nested = []
for _ in range(100000 if False else 50):
    nested = [nested]
print(len(str(nested)))
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print("small limit hit")
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
