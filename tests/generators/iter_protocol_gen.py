# Classes whose __iter__ is a generator
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t))
print(sum(t), max(t), 5 in t, 7 in t)

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))

c = Countdown(4)
print(list(c), list(c), list(reversed(c)))
a, b, *rest = c
print(a, b, rest)
print(sorted(c), dict(zip(c, "abcd")))

class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        for k in sorted(self.d):
            yield k, self.d[k]
for k, v in Pairs({"z": 1, "a": 2}):
    print(k, v)
print(list(enumerate(Countdown(2), start=10)))
print(" ".join(map(str, Countdown(3))))
