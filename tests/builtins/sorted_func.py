# sorted() with every argument combination
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Sorting"), sorted("Sorting", key=str.lower), sorted("Sorting", key=str.lower, reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}, key=lambda k: {"b": 1, "a": 2}[k]))
print(sorted(x % 4 for x in range(10)), sorted(set("banana")), sorted((3, 1, 2)))
people = [{"name": "Zed", "age": 30}, {"name": "amy", "age": 25}, {"name": "Bob", "age": 30}]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda pair: pair[1], reverse=True))
print(sorted([0.1, -0.0, 0.0, -1e-9, float("inf"), -float("inf")]))
print(sorted([], reverse=True), sorted([1]), sorted(["b", "a"], key=None))
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted(range(20), key=lambda v: v % 5))
print(sorted(["aa", "b", "ccc", "dd"], key=len, reverse=True))
print(sorted(map(str, [10, 9, 100])), sorted([10, 9, 100], key=str))
