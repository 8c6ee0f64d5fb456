# Binary/in-place/reflected operator dispatch and its error messages.
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"

class B(A):
    def __radd__(self, o): return "B.radd"
    def __gt__(self, o): return "B.gt"

class C:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "C.add"

print(A() + A(), A() + 1, 1 + A())
print(A() + B())          # subclass reflected first
print(A() < B())          # B.__gt__ wins
print(B() < A())
c = C(); c += 1; print(c)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: 1 + "a")
err(lambda: "a" + 1)
err(lambda: [1] * 1.5)
err(lambda: 2.5 * [1])
err(lambda: 1 < "a")
err(lambda: [] >= {})
err(lambda: -"a")
err(lambda: ~1.5)
err(lambda: abs("a"))
err(lambda: divmod(1, "a"))
err(lambda: pow(1, 2, "a"))
err(lambda: 2 ** "a")
err(lambda: 1 @ 2)
def iadd():
    x = 1
    x += "a"
err(iadd)
def ipow():
    x = 1
    x **= "a"
err(ipow)
err(lambda: print >> 1)
print([1, 2] * 2, 2 * (3,), "ab" * 3)
print(object() == object(), None == None, 1 != "1")

class Eq:
    def __eq__(self, o): return NotImplemented
e = Eq()
print(e == e, e != e, e == 1, e != 1)

class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc" * Idx(), bin(Idx()), hex(255), oct(-8), bin(-5))
one, fl, st, lst, tup = 1, 1.0, "a", [1], (1,)
err(lambda: lst[fl])
err(lambda: tup[st])
err(lambda: one[0])
err(lambda: int[0][0])
err(lambda: len(5))
err(lambda: hash([]))
err(lambda: iter(5))
err(lambda: next(5))
err(lambda: one())
err(lambda: "x" in 5)
err(lambda: isinstance(1, 1))
err(lambda: issubclass(1, int))
print(isinstance(1, (str, (int,))), issubclass(bool, (str, int)), isinstance(True, int))

class Meta(type):
    def __instancecheck__(cls, o): return o == 42
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(41, M))

class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(list(G()), 20 in G(), 25 in G())
