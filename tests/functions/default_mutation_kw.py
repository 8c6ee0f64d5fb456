# Keyword arguments with dict unpacking corner cases
def f(a, b, c=3, **rest):
    return a, b, c, rest

print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "d": 4}))
print(f(**{"a": 1}, b=2, **{"c": 5}))

kw = {"a": 10, "b": 20, "extra": 30}
print(f(**kw))
print(kw)

def g(**kw):
    kw["a"] = 0
    return kw
orig = {"a": 1}
print(g(**orig), orig)

def h(*args):
    return args
t = (1, 2)
print(h(*t) == t, h(*t) is t or True)

def echo(x, /, **kw):
    return x, kw
print(echo(1, **{"x": 2}))

# keyword names may be any identifier, including non-ASCII
def uni(**kw):
    return list(kw.items())
print(uni(café=1, naïve=2))

data = [("a", 1), ("b", 2)]
print(dict(data, c=3))
print(dict(**dict(data)))
print(sorted(dict(zip("xyz", range(3))).items(), key=lambda kv: -kv[1]))
