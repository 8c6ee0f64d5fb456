# Combining enumerate, zip, reversed, sorted and map
names = ["ann", "bob", "cy", "dee"]
scores = [88, 92, 75, 92]
for rank, (score, name) in enumerate(sorted(zip(scores, names), reverse=True), 1):
    print(rank, name, score)
print(list(enumerate(reversed(names))), list(zip(range(3), reversed(names))))
print(dict(enumerate(names, 1)), {n: i for i, n in enumerate(names)})
print(list(zip(*enumerate("abc"))), list(zip(names, names[1:])))
print([i for i, s in enumerate(scores) if s == max(scores)])
print(list(map(lambda p: "".join(p), zip("abc", "xyz", "123"))))
transposed = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(transposed)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(sorted(enumerate(names), key=lambda p: p[1][-1]))
print(list(zip(names, map(len, names), map(str.upper, names))))
print(sum(s * w for s, w in zip(scores, [1, 2, 3, 4])), max(zip(scores, names)))
