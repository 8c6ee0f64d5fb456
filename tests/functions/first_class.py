# Functions as first-class values
def apply(fn, *args):
    return fn(*args)

def square(x):
    return x * x

funcs = [square, abs, str, len]
print([apply(fn, -3) if fn is not len else apply(fn, "abc") for fn in funcs])

table = {"sq": square, "neg": lambda x: -x}
print(table["sq"](5), table["neg"](5))

def returns_func(kind):
    if kind == "up":
        def f(s):
            return s.upper()
    else:
        def f(s):
            return s.lower()
    return f
print(returns_func("up")("MiXeD"), returns_func("down")("MiXeD"))

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
print(compose(str, square, abs)(-4))

def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))
print(list(map(square, [1, 2, 3])))
print(sorted(["b", "A", "c"], key=str.lower))
print(max([3, -7, 5], key=abs))

def f1(): return 1
f2 = f1
print(f1 is f2, f1 == f2, f2.__name__)
