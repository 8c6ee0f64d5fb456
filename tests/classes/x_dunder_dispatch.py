# C slots of Python classes: operator dispatch, reflected ops, late assignment
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __repr__(self): return 'V(%r)' % self.v
    def __eq__(self, o): return isinstance(o, V) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v
    def __getitem__(self, i): return i * 2
    def __contains__(self, x): return x == 'in'
    def __call__(self, *a, **k): return (a, sorted(k))
    def __neg__(self): return V(-self.v)
    def __bool__(self): return self.v != 0
    def __hash__(self): return hash(self.v)
    def __iadd__(self, o):
        self.v += o
        return self
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), V(2) == V(2), V(2) != V(3))
print(len(V(4)), V(1)[21], 'in' in V(1), 'out' in V(1), V(1)(1, 2, z=3), bool(V(0)))
print(sorted([V(3), V(1), V(2)]), V(1) < V(2), V(2) > V(1), hash(V(7)) == hash(7))
x = V(1)
x += 5
print(x)
t(lambda: V(1) - 1)
t(lambda: V(1) <= V(2))
t(lambda: 1 + object())

class Sub(V):
    def __radd__(self, o): return 'Sub.radd'
print(V(1) + Sub(2))

class N:
    def __init__(self, n): self.n = n
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return 'rmul %r' % (o,)
print(N(1) * 3 if False else 3 * N(1))
t(lambda: N(1) * N(2))

class Late: pass
l = Late()
t(lambda: l + 1)
Late.__add__ = lambda self, o: 'late add %r' % (o,)
print(l + 1)
Late.__repr__ = lambda self: 'LateRepr'
print(repr(l), str(l), [l])
del Late.__add__
t(lambda: l + 1)
Late.__len__ = lambda self: 3
print(len(l))
Late.__hash__ = None
t(lambda: hash(l))
class LSub(Late): pass
print(repr(LSub()), len(LSub()))
Late.__eq__ = lambda a, b: True
print(LSub() == 5)

class NoHash:
    def __eq__(self, o): return True
t(lambda: hash(NoHash()))
print(NoHash.__hash__)
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool()))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BadInit:
    def __init__(self): return 1
t(lambda: BadInit())
class NotIter:
    __iter__ = None
t(lambda: iter(NotIter()))

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))

class IntSub(int):
    def __add__(self, o): return 'IntSub.add'
print(IntSub(3) + 1, 1 + IntSub(3), IntSub(5) * 2, repr(IntSub(7)))
class StrSub(str):
    pass
print(StrSub('ab') + 'c', len(StrSub('xyz')), StrSub('q').upper())
class ListSub(list):
    def __getitem__(self, i): return ('LS', super().__getitem__(i))
ls = ListSub([1, 2, 3])
print(ls[0], len(ls), ls + [4])
