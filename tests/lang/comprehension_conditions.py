# Comprehensions with conditional expressions and multiple filters
nums = range(-5, 6)
print([n if n >= 0 else -n for n in nums])
print([n for n in nums if n % 2 if n > 0])
print([n for n in nums if n % 2 and n > 0] == [n for n in nums if n % 2 if n > 0])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print({n: ("neg" if n < 0 else "zero" if n == 0 else "pos") for n in (-1, 0, 1)})
print({abs(n) for n in nums if n})
print([(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2])
print(sum(n * n for n in nums if n > 0), max((abs(n), n) for n in nums))
words = ["Apple", "banana", "Cherry", "date", ""]
print([w.lower() for w in words if w and w[0].isupper()])
print([w[::-1] if len(w) > 4 else w.upper() for w in words if w])
print([[c for c in w if c in "aeiou"] for w in words])
matrix = [[1, -2, 3], [-4, 5, -6]]
print([[x if x > 0 else 0 for x in row] for row in matrix])
print([x for row in matrix for x in row if x < 0])
print(any(x > 4 for row in matrix for x in row), all(len(r) == 3 for r in matrix))
