# The singletons None, Ellipsis and NotImplemented
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, [None] * 2)
NoneType = type(None)
print(NoneType() is None, isinstance(None, NoneType), NoneType.__name__)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis, bool(...), type(...)() is ...)
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(repr(...), repr(NotImplemented), str(Ellipsis))
def f():
    pass
print(f() is None, (lambda: None)() is None, print() is None)
print(sorted([3, 1]) is None, [].sort() is None, {}.get(1) is None)
x = [1, ..., 3]
print(x, x.index(...), ... in x)
print(hash(None) == hash(None), hash(...) == hash(Ellipsis))
print((1).__eq__("a"), (1).__lt__(None), "a".__lt__(1), [].__eq__(()))
result = 1 .__add__(2.0)
print(result, result is NotImplemented)
print({None: "none key"}[None], {...: "ellipsis key"}[...])
print(None.__class__, Ellipsis.__class__, NotImplemented.__class__)
