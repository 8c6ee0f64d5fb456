# Function decorators, stacked and with arguments
import functools

log = []

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        log.append(("call", fn.__name__, args))
        result = fn(*args, **kw)
        log.append(("ret", fn.__name__, result))
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    "Add two things."
    return a + b

print(add(2, 3))
print(add.__name__, add.__doc__)
print(log)

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

order = []
def tag(name):
    def deco(fn):
        order.append(name)
        return fn
    return deco

@tag("outer")
@tag("middle")
@tag("inner")
def f():
    pass
print(order)

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def one(): return 1
@register(REG)
def two(): return 2
print(sorted(REG), REG["two"]())

@(lambda fn: fn.__name__.upper())
def expression_decorator():
    pass
print(expression_decorator)
