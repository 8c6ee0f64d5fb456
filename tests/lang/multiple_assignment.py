# Chained and multiple assignment, evaluation order
a = b = c = 5
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x + y
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 2, 7
print(i, lst)
order = []
def key(n):
    order.append(("key", n))
    return n
def val(n):
    order.append(("val", n))
    return n
d = {}
d[key(1)] = d[key(2)] = val("v")
print(d, order)
order.clear()
d[key("a")], d[key("b")] = val(1), val(2)
print(order)
p = q = r = "shared"
q = "rebound"
print(p, q, r)
[m, n], o = (1, 2), 3
print(m, n, o)
first, second, *rest = range(6)
print(first, second, rest)
fib = [0, 1]
for _ in range(8):
    fib.append(fib[-1] + fib[-2])
a, b = b, a = 1, 2
print(fib, a, b)
