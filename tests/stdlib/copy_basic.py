import copy
from collections import OrderedDict, defaultdict, deque, namedtuple

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)

class P:
    def __init__(self, x, items):
        self.x = x; self.items = items
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.items)
p = P(1, [1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3)
print(q, r, q.items is p.items, type(r) is P)

class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
copy.copy(Custom(1)); print(copy.deepcopy(Custom([1])).v)

cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc); print(d[1] is d, d[0])
shared = [0]; pair = [shared, shared]
dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)

od = OrderedDict(a=1, b=[2]); od2 = copy.deepcopy(od); od['b'].append(3); print(od2, type(od2).__name__)
dd = defaultdict(list, x=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2.default_factory)
dq = deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq))
Pt = namedtuple('Pt', 'x y'); print(copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])))
print(copy.deepcopy({1: {2: {3: 'x'}}}), copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a * 10}
    def __setstate__(self, st): self.a = st['a'] + 1
print(copy.copy(WithState()).a, copy.deepcopy(WithState()).a)
print(copy.copy(len) is len, copy.deepcopy(P) is P)
