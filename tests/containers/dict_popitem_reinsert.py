# popitem hands its entry back for reuse, but the index slot stays a
# dummy: alternating insert and popitem must still rebuild the table
# before the last empty index slot goes, or a lookup for an absent key
# never ends.
d = {0: 0}
for i in range(1, 200):
    d[i] = i
    d.popitem()
print(len(d), 12345 in d, d.get(-1), d)
d = {}
for i in range(1000):
    d["k%d" % i] = i
    if i % 3:
        d.popitem()
print(len(d), "absent" in d, sorted(d.values())[:5], list(d)[-3:])
while d:
    d.popitem()
print(d, "x" in d)
e = dict.fromkeys(range(8))
for i in range(100):
    k, v = e.popitem()
    e[k + 100] = v
print(sorted(e), 3 in e)
