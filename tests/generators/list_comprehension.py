# List comprehensions with nested loops and conditions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([c * n for c, n in zip("abc", [1, 2, 3])])
print([x if x > 0 else 0 for x in [-1, 2, -3, 4]])
words = ["apple", "Bob", "cat"]
print([w.lower() for w in words if w[0].isupper() or len(w) > 3])

# comprehension variables do not leak
i = "outer"
squares = [i * i for i in range(4)]
print(i, squares)

# class scope is not visible inside the comprehension (except first iterable)
class C:
    factor = 3
    data = [factor * k for k in range(3)] if False else None
    vals = [k for k in range(factor)]
print(C.vals)

print([y for x in [[1, 2], [3]] for y in x])
print([(lambda v=v: v * 10)() for v in range(3)])
print([x for x in "hello" if x not in "aeiou"])
print([[]for _ in range(2)])
print(len([0 for _ in range(1000)]))
