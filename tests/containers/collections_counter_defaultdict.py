# collections.Counter and defaultdict
from collections import Counter, defaultdict
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 5})
print(c, +c, -c)
c2 = Counter(a=1, b=2) + Counter(a=3, c=1)
print(c2, Counter(a=5) - Counter(a=2, b=1), Counter(a=1, b=3) & Counter(a=2, b=1), Counter(a=1) | Counter(a=4, b=1))
print(Counter(["x", "y", "x"]).total(), list(Counter("cab")), Counter() == Counter(a=0))
words = "the cat the dog the end dog".split()
print(Counter(words).most_common())
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd), dd[99], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print("k" in dd, dd.get("k"), "k" in dd)
