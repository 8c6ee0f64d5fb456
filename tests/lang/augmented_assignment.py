# Augmented assignment on names, attributes and subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b1010; print(x)
x &= 0xFF; print(x)
x ^= 0b1111; print(x)
x /= 4; print(x)
s = "ab"; s *= 3; print(s)
t = (1,); t += (2,); print(t)

class Box:
    def __init__(self):
        self.n = 1
        self.items = []
b = Box()
b.n += 41
b.items += [1, 2]
print(b.n, b.items)

d = {"k": 1}
d["k"] += 1
d.setdefault("l", []).append(3)
print(d)

calls = []
def key():
    calls.append("key")
    return 0
lst = [5]
lst[key()] *= 3
print(lst, calls)

a = [1]
alias = a
a += [2]
print(a is alias, alias)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1 is t2, t2)
m = [[0] * 2 for _ in range(2)]
m[1][0] -= 7
print(m)
z = 2 + 0j
z *= 1j
print(z)
