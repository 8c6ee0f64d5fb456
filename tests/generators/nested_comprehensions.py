# Nested comprehensions with multiple for/if clauses
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([grid[c][r] for r in range(3) for c in range(3)])
print([[row[i] for row in grid] for i in range(3)])
print([x for row in grid for x in row if x % 2 if x > 2])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print({k: [v for v in range(k)] for k in range(4)})
print({(i, j) for i in range(3) for j in range(3) if (i + j) % 2 == 0})
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
words = ["apple", "banana", "cherry"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([y for x in [[1, [2]], [3, [4, 5]]] for y in x[1]])
print(sum(x * y for x in range(4) for y in range(4) if x != y))
flat = [c for w in words for c in w if c in "aeiou"]
print(flat, len(flat))
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print([(lambda n: n * n)(i) for i in range(5)])
print([[j for j in range(i)] for i in range(5) if i % 2])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
