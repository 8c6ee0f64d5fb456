# collections: ChainMap, Counter arithmetic, namedtuple defaults, deque extend
from collections import ChainMap, Counter, namedtuple, deque, OrderedDict, defaultdict
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.maps[0] is user)
cm["new"] = 1
print(user, dict(cm.new_child({"x": 0})))
c = Counter("mississippi")
print(c.most_common(), sorted(c.elements())[:5], c["z"])
c2 = Counter({"s": 1, "z": 3})
print(c + c2, c - c2, c & c2, c | c2)
c.update(["s", "s"])
print(c["s"], +Counter(a=-1, b=2), Counter("aab") == Counter("aba"))
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0, 0])
print(Point3(1), Point3(1, 2, 3), Point3._field_defaults)
dq = deque([1, 2, 3], maxlen=5)
dq.extend([4, 5, 6])
dq.extendleft([0])
print(dq, dq.maxlen)
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
dd = defaultdict(lambda: "missing")
dd["x"] = "present"
print(dd["x"], dd["y"], sorted(dd.items()))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
