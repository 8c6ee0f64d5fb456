# id() and identity: `is` relationships (no id values printed)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(id(a)).__name__, id(a) == id(a))
x = None
print(x is None, id(None) == id(x), None is None)
print(True is True, (1 == 1) is True, bool(0) is False)
t = ()
print(t == (), len(t))
def f():
    return []
print(f() is not f())
s = "hello"
print(s is s, id(s) == id(s))
obj = object()
lst = [obj]
print(lst[0] is obj, id(lst[0]) == id(obj))
class C:
    pass
c1 = C()
d = {"key": c1}
print(d["key"] is c1, c1 is not C())
import sys
print(sys.modules["sys"] is sys, type(sys) is type(__import__("math")))
m1 = [].append
print(m1.__self__ is not None)
x = y = []
x.append(1)
print(y, x is y)
y = y + [2]
print(x, y, x is y)
import copy
print(copy.copy(a) is a, copy.copy(a) == a)
print(int is type(1), str is type(""), type(None) is type(x) if x is None else "not None")
print(... is Ellipsis, NotImplemented is NotImplemented, type(...) is type(Ellipsis))
