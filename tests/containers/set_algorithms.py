# Using sets for algorithms: uniqueness, intersections, graph traversal
graph = {"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": {"f"}, "f": set()}
def reachable(start):
    seen = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph[node] - seen)
    return seen
print(sorted(reachable("a")), sorted(reachable("c")), sorted(reachable("f")))
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(g[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo(graph))
a = set("the quick brown fox")
b = set("jumps over the lazy dog")
print(sorted(a & b), sorted(a - b), sorted(b - a), len(a | b), sorted(a ^ b)[:5])
print(len(set(range(0, 100, 3)) & set(range(0, 100, 5))), sorted(set(range(0, 100, 3)) & set(range(0, 100, 5))))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act"]
anagrams = {}
for w in words:
    anagrams.setdefault(frozenset(w), []).append(w)
print(sorted(sorted(v) for v in anagrams.values()))
print({x for x in range(30) if x % 2} - {x for x in range(30) if x % 3})
s = set()
s.update(range(5), "ab")
s.discard("a")
s -= {0, 1}
print(sorted(s, key=str))
