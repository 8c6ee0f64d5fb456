# Comprehensions run in their own scope
x = "global x"
result = [x for x in range(3)]
print(x, result)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())

def h():
    data = [1, 2, 3]
    return {v: [w for w in data if w != v] for v in data}
print(h())

class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [items[0] + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)

def gen_scope():
    n = 2
    return list(i * n for i in range(3))
print(gen_scope())

def nested_comp():
    return [[j for j in range(i)] for i in range(4)]
print(nested_comp())

def uses_walrus():
    last = None
    [last := v for v in "abc"]
    return last
print(uses_walrus())
print([i for i in range(3)], "i" in globals())
