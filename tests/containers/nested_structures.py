# Nested lists/dicts/tuples: building, traversing, and deep equality
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
]}
def walk(node, depth=0):
    yield depth, node["name"]
    for c in node["children"]:
        yield from walk(c, depth + 1)
for depth, name in walk(tree):
    print("  " * depth + name)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print(count(tree), depth(tree))
paths = []
def collect(node, prefix):
    p = prefix + [node["name"]]
    if not node["children"]:
        paths.append("/".join(p))
    for c in node["children"]:
        collect(c, p)
collect(tree, [])
print(paths)
a = [1, [2, (3, {"k": [4, 5]})]]
b = [1, [2, (3, {"k": [4, 5]})]]
print(a == b, a is b, a[1][1][1] == b[1][1][1], a[1][1][1]["k"] is b[1][1][1]["k"])
b[1][1][1]["k"].append(6)
print(a == b, b)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2], [cell for row in grid for cell in row if sum(cell) == 2])
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
print({cat: sum(items.values()) for cat, items in inventory.items()})
print(sorted((qty, name) for items in inventory.values() for name, qty in items.items()))
