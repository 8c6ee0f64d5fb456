# Closures created in loops and cell sharing
def counters():
    fns = []
    for i in range(3):
        def get(i=i):
            return i
        fns.append(get)
    return [f() for f in fns]
print(counters())

def shared_cell():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(shared_cell())

def fresh_scope():
    def make(i):
        return lambda: i * 10
    return [make(i)() for i in range(3)]
print(fresh_scope())

def accumulate():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    return add, history
add, hist = accumulate()
for v in [5, 10, -3]:
    add(v)
print(hist)

def nested_counter():
    count = 0
    def level1():
        def level2():
            nonlocal count
            count += 1
            return count
        return level2
    return level1()
c = nested_counter()
print(c(), c(), c())
def cell_after_return():
    x = [1]
    def f():
        return x
    x.append(2)
    x = "rebound"
    return f
print(cell_after_return()())
