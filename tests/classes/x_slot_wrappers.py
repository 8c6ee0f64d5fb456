# Slot wrappers and method-wrappers generated from C slots
print(int.__add__(1, 2), (5).__sub__(3), (2).__rsub__(10))
print(int.__add__(1, 'a'))
print(list.__len__([1, 2, 3]), [1, 2].__contains__(2), "ab".__mul__(3), [1].__rmul__(2))
print(repr(int.__add__), repr(object.__eq__))
print(type(int.__dict__['__add__']).__name__, type((1).__add__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((1).__add__.__self__, (1).__add__.__name__)
print(int.__repr__(5), object.__repr__ is object.__dict__['__repr__'])
print(list.__hash__, dict.__hash__ is None)
print(int.__lt__(1, 2), int.__ge__(1, 2), object.__ne__(1, 2))
d = {}
dict.__setitem__(d, 'k', 1)
print(d, dict.__getitem__(d, 'k'))
dict.__delitem__(d, 'k')
print(d)
print(pow(2, 10), int.__pow__(2, 10, 7), (3).__rpow__(2))
print(bool.__and__(True, False), (7).__bool__(), (0).__bool__())
print(iter([1, 2]).__next__(), [3, 4].__iter__().__next__())
it = iter([])
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1).__add__())
t(lambda: (1).__add__(x=1))
t(lambda: int.__add__('a', 1))
t(lambda: int.__add__())
t(lambda: [].__mul__('a'))
t(lambda: (1).__pow__())
t(lambda: (1).__pow__(1, 2, 3))
t(lambda: [].__len__(1))
t(lambda: int.__dict__['__add__'].__get__('a'))
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
class A:
    pass
a = A()
print(A.__init__ is object.__init__, A.__eq__ is object.__eq__)
print(a.__eq__(a), a.__eq__(1), a.__ne__(1))
print(type(A.__repr__).__name__, type(a.__repr__).__name__)
