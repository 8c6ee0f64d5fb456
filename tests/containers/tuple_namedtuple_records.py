# Tuples as records: sorting, unpacking, namedtuple access
from collections import namedtuple
records = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("dee", 22, "nyc")]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: (r[2], r[1])))
for name, age, city in records[:2]:
    print(f"{name}:{age}:{city}")
Person = namedtuple("Person", "name age city")
people = [Person(*r) for r in records]
print(people[0], people[0].name, people[0][1], people[0]._fields)
print([p.name for p in people if p.city == "nyc"], sum(p.age for p in people))
print(sorted(people, key=lambda p: p.age)[0], people[1]._replace(age=26))
print(people[2]._asdict(), Person._make(["x", 1, "y"]), tuple(people[3]))
by_city = {}
for p in people:
    by_city.setdefault(p.city, []).append(p.name)
print(by_city)
t = (1, 2, 3)
a, *b = t
print(a, b, t[1:], t * 2, t + (4,), t.count(2), t.index(3), len(t))
print(people[0] == ("ann", 31, "nyc"), hash(people[0]) == hash(("ann", 31, "nyc")))
print(repr(Person("z", 0, "q")), isinstance(people[0], tuple))
pairs = list(zip("abc", (1, 2, 3)))
print(pairs, dict(pairs), [x for x, _ in pairs])
