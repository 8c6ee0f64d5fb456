# Starred unpacking in assignments and for-loop targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_ = (9,)
print(first, _)

(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)

for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)

for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)

x, y = y, x
print(x, y)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i, lst = 0, [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
*star, = "ab"
print(star)
p, q, r = {"p": 1, "q": 2, "r": 3}
print(p, q, r)
m, n = iter([5, 6])
print(m, n)
d = {}
d["k"], d["j"] = 1, 2
print(d)
