# Equivalent results from loops, comprehensions, map/filter
data = list(range(-5, 10))
loop_result = []
for x in data:
    if x % 2 == 0:
        loop_result.append(x * x)
comp_result = [x * x for x in data if x % 2 == 0]
mf_result = list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, data)))
print(loop_result == comp_result == mf_result, comp_result)
pairs_loop = []
for a in range(3):
    for b in range(3):
        if a < b:
            pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(3) if a < b], pairs_loop)
d = {}
for w in ["one", "two", "three"]:
    d[w] = len(w)
print(d == {w: len(w) for w in ["one", "two", "three"]}, d)
s = set()
for c in "hello":
    s.add(c.upper())
print(s == {c.upper() for c in "hello"}, sorted(s))
nested = [[1, 2], [3], [], [4, 5, 6]]
flat = []
for sub in nested:
    flat.extend(sub)
print(flat == [x for sub in nested for x in sub] == sum(nested, []), flat)
acc = 0
for x in data:
    acc += x
print(acc == sum(data), acc, max(data) == sorted(data)[-1])
