from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...

class Half(Base):
    def run(self): return 'run'

class Full(Half):
    def stop(self): return 'stop'

for cls in (Base, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Full().run(), Full().stop(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)

class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False

print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
for t in (list, tuple, dict, set, frozenset, str, bytes, range):
    print(t.__name__, [n for n in ('Iterable', 'Sized', 'Container', 'Sequence', 'MutableSequence',
          'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Reversible') if issubclass(t, getattr(cabc, n))])
g = (x for x in ())
print(isinstance(g, cabc.Generator), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set))

class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})

class MySet(cabc.Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet('abc'), MySet('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet('abcd'), a.isdisjoint('xyz'))

class Seq(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = Seq(); s.extend([3, 1, 2]); s.append(5); s.reverse(); s.remove(1)
print(s.l, s.index(3), s.count(2), list(reversed(s)), 2 in s, s.pop())
try:
    cabc.Mapping()
except TypeError as e:
    print(e)
