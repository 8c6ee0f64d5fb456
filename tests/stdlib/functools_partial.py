# functools.partial (C in shoal, module _functools): calls, nesting, keyword
# merging, attributes, repr, __reduce__/__setstate__, copies, subclasses and
# CPython 3.11's error messages.
import copy
import functools
from functools import partial


class Fn:
    """A callable with a stable repr (functions show addresses)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<fn %s>' % self.name

    def __call__(self, *args, **kwargs):
        return (self.name, args, kwargs)


f = Fn('f')
g = Fn('g')


def err(thunk):
    try:
        r = thunk()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('   ok', r)


print('-- calls')
p = partial(f, 1, 2, a=3)
print(p())
print(p(4, 5))
print(p(4, b=6))
print(p(a=7))
print(p(4, a=8, c=9))
print(partial(f)(), partial(f)(1, x=2))
print(partial(f, x=1, y=2)(y=3, z=4))
print(partial(f, *range(12))(*range(12, 20)))
print(partial(f, 1)(*range(2, 10), **{'k%d' % i: i for i in range(5)}))
print(partial(max, key=abs)(-5, 3), partial(int, base=2)('1011'))
print(partial(sorted, [3, 1, 2])(reverse=True))

print('-- attributes')
print(p.func is f, p.args, p.keywords, type(p.args), type(p.keywords))
p.keywords['a'] = 'changed'      # the dict itself, as CPython hands out
print(p())
err(lambda: setattr(p, 'func', g))
err(lambda: setattr(p, 'args', ()))
err(lambda: delattr(p, 'keywords'))
p.attr = 'x'
print(p.attr, p.__dict__)
p.__dict__ = {'other': 1}
print(p.__dict__, hasattr(p, 'attr'))
err(lambda: setattr(p, '__dict__', 5))
print(hasattr(partial, '__get__'), hasattr(p, '__get__'))
print(type(p).__name__, type(p).__module__, partial.__module__)

print('-- nesting')
q = partial(partial(f, 1, a=1), 2, b=2)
print(q.func is f, q.args, q.keywords)
q = partial(partial(partial(f, 1), 2), 3, a=4)
print(q.func is f, q.args, q.keywords, q())
inner = partial(f, 1)
inner.note = 'has a dict'
q = partial(inner, 2)
print(q.func is inner, q.args, q())
kw = partial(f, a=1)
print(partial(kw, a=2).keywords, partial(kw, b=2).keywords)


class Sub(partial):
    pass


s = Sub(f, 1)
q = partial(s, 2)
print(type(s).__name__, q.func is f, q.args)


class CallSub(partial):
    def __call__(self, *args, **kw):
        return ('sub', super().__call__(*args, **kw))


c = CallSub(f, 1)
q = partial(c, 2)
print(q.func is c, q.args, q(3), c(9))

print('-- repr')
print(repr(partial(f)))
print(repr(partial(f, 1, 'two', a=3, b='four')))
print(repr(Sub(f, 1, x=2)))
print(repr(partial(max, key=abs)))
r = partial(f)
r.__setstate__((f, (r,), {'me': r}, None))
print(repr(r))
print(repr(partial(f, [1, 2], {3: 4})))

print('-- __reduce__ / __setstate__')
p = partial(f, 1, a=2)
red = p.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
p.extra = 5
print(p.__reduce__()[2][1:])
print(partial(f).__reduce__()[2][1:])
s = Sub(f, 1)
print(s.__reduce__()[0] is Sub)
p = partial(g)
p.__setstate__((f, (1, 2), {'k': 3}, None))
print(p.func is f, p.args, p.keywords, p(), p.__dict__)
p.__setstate__((g, (5, 6), None, {'d': 1}))
print(p.func is g, p.args, p.keywords, p.d)


class T(tuple):
    pass


class D(dict):
    pass


p.__setstate__((f, T((1,)), D(a=1), None))
print(type(p.args).__name__, type(p.keywords).__name__, p())
p = partial(f)
err(lambda: p.__setstate__((f, (), {})))
err(lambda: p.__setstate__((f, (), {}, None, 5)))
err(lambda: p.__setstate__((1, (), {}, None)))
err(lambda: p.__setstate__((f, [1], {}, None)))
err(lambda: p.__setstate__((f, (), [], None)))
err(lambda: p.__setstate__(5))
err(lambda: p.__setstate__())
print(p.func is f, p.args, p.keywords)

print('-- copies')
p = partial(f, [1], b=[2])
p.attr = [3]
c1 = copy.copy(p)
c2 = copy.deepcopy(p)
print(type(c1) is partial, c1.args, c1.keywords, c1.attr, c1.args[0] is p.args[0])
print(c2.args, c2.keywords, c2.attr, c2.args[0] is p.args[0], c2())
s = Sub(f, 1)
s.x = 1
print(type(copy.copy(s)).__name__, copy.deepcopy(s).x)

print('-- class_getitem and subclasses')
print(partial[int], Sub[str])


class WithInit(partial):
    def __new__(cls, func, *args, **kw):
        self = super().__new__(cls, func, *args, **kw)
        self.made = True
        return self


w = WithInit(f, 1)
print(w.made, w(2), type(w).__name__)

print('-- errors')
err(lambda: partial())
err(lambda: partial(func=f))
err(lambda: partial(1))
err(lambda: partial(None, 1))
err(lambda: Sub())
err(lambda: partial(f, 1)(**{'a': 1, 'b': 2}))
err(lambda: partial(lambda a: a, 1)(2))
err(lambda: partial(lambda a: a, a=1)(2))
err(lambda: partial(int, base=2)('12'))


def raiser(*a):
    raise ValueError('from the function', a)


err(lambda: partial(raiser, 1)(2))

print('-- as a method')


class A:
    m = partial(f, 'bound?')
    sm = staticmethod(partial(f, 'static'))


print(A().m(1), A.m(2), A.sm(3))
print(callable(p), functools.partial is partial)
import weakref
print(weakref.ref(p)() is p)
