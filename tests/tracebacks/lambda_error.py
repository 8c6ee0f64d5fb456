# Exception raised inside a lambda passed to map()
transform = lambda x: 10 // x
for v in [5, 2, 1]:
    print(transform(v))
labels = list(map(lambda v: f"<{v}>", [1, 2]))
print(labels)
results = list(map(transform, [3, 0]))
print("not reached", results)
