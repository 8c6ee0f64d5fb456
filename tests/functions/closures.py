# Closures capture variables, not values
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late_binding():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late_binding()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    r = middle()
    x = "changed"
    return r
print(outer()())

def cells():
    a = 1
    b = 2
    def f():
        return a + b
    return f
f = cells()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(make_counter.__closure__)

def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
