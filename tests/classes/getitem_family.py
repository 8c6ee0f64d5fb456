# __getitem__, __setitem__, __delitem__ with ints, slices and tuples
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (x, y)")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g.render())
del g[1, 1]
print(g[1, 1], len(g.cells))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)

class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[...], r["k"], r[:, None])
print(r[1:2].start, r[-1::-1].step)

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::-2], list(s), list(reversed(s)))
