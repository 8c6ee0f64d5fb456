# Exception raised inside a lambda
transform = lambda x: 10 // x
for v in [5, 2, 1]:
    print(transform(v))
results = list(map(transform, [3, 0]))
