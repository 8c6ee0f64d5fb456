# Aliasing, shallow copies and deep copies
import copy
a = [[1, 2], [3, 4]]
alias = a
shallow = a[:]
shallow2 = list(a)
shallow3 = copy.copy(a)
deep = copy.deepcopy(a)
a[0].append(99)
a.append([5])
print(alias, shallow, shallow2, shallow3, deep, sep="\n")
print(alias is a, shallow is a, shallow[0] is a[0], deep[0] is a[0])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
d = {"k": [1]}
dc = d.copy()
dd = copy.deepcopy(d)
d["k"].append(2)
print(dc, dd)
class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []
root = Node(1, [Node(2), Node(3)])
clone = copy.deepcopy(root)
root.children[0].v = 20
print([c.v for c in clone.children], [c.v for c in root.children])
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, cyc)
