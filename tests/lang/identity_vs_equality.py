# `is` versus `==`
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
print(None is None, type(None) is type(None))
x = 1000
y = 999 + 1
print(x == y, isinstance(x is y, bool))
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, isinstance(s1 is s2, bool))
print(True is True, True == 1, (True is True) == 1)
class Same:
    def __eq__(self, other):
        return True
o1, o2 = Same(), Same()
print(o1 == o2, o1 is o2, o1 != o2)
nan = float("nan")
l = [nan]
print(nan == nan, nan is nan, nan in l, l == l, [nan] == [nan])
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
print([] == [], [] is not [], {} == {}, () == ())
def f():
    pass
print(f == f, f is f, print is print, len == len)
one, onef = 1, 1.0
print(1 == 1.0, one is not onef, 0 == False, "" == False)
print(type(1) is int, type(True) is bool, type(True) == int)
e = ...
print(e is Ellipsis, NotImplemented is NotImplemented)
