# Argument passing is by object reference
def mutate_list(lst):
    lst.append(4)
    lst = [99]
    return lst

a = [1, 2, 3]
r = mutate_list(a)
print(a, r)

def rebind_int(n):
    n += 1
    return n
v = 5
print(rebind_int(v), v)

def returns_multiple():
    return 1, "two", [3]
x, y, z = returns_multiple()
print(x, y, z, type(returns_multiple()).__name__)

def no_return():
    pass
print(no_return())

def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i == 3:
            return "found 3"
    return "not found"
print(early(-1), early(10), early(2))

def arg_eval_order():
    out = []
    def t(v):
        out.append(v)
        return v
    def f(*a, **k):
        return a, k
    f(t(1), t(2), k=t(3), *[t(4)], **{"m": t(5)})
    return out
print(arg_eval_order())

def kw_order(**kw):
    return list(kw)
print(kw_order(c=1, a=2, b=3))
print(sum(x for x in range(5)))
print(max(1, 2, key=lambda v: -v))
