# Lookups that miss (and hit) across inserts, deletes, rebuilds and keys
# with unusual hashes.


class H:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.name == other.name

    def __repr__(self):
        return f"H({self.h}, {self.name!r})"


hashes = [0, 1, -1, -2, 2**61 - 1, -(2**61), 2**63 - 1, 64, 128, 1 << 58, 3 << 58]
d = {}
for i, h in enumerate(hashes):
    d[H(h, i)] = i
for i, h in enumerate(hashes):
    assert d[H(h, i)] == i
    assert H(h, i + 100) not in d
    assert d.get(H(h, -1)) is None
print(len(d), sorted(d.values()))

# deletes then misses then re-inserts
for i, h in enumerate(hashes[::2]):
    del d[H(h, 2 * i)]
print([H(h, i) in d for i, h in enumerate(hashes)])
for i, h in enumerate(hashes):
    d[H(h, i)] = -i
print(sorted(d.values()))

# a dict grown past its filter's 64 bits keeps answering right
big = {f"k{i}": i for i in range(5000)}
print(sum(1 for i in range(10000) if f"k{i}" in big), big.get("k4999"), big.get("k5000"))
while big:
    big.popitem()
print(len(big), "k1" in big)

# ints, floats and strings that are equal across types
m = {1: "int", 2.5: "float", "1": "str", (1, 2): "tuple"}
print(m[1.0], m[True], m.get(2), m[2.5], m["1"], m[(1, 2)], m.get((2, 1)))
m.pop(1)
print(1 in m, 1.0 in m, True in m)


# globals misses fall through to builtins
def f():
    return len, missing_name


try:
    f()
except NameError as e:
    print("NameError:", e)
