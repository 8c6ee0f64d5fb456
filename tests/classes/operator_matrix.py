# A matrix class implementing @, ==, indexing, iteration and repr
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __iter__(self):
        return (tuple(r) for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, a + b, 2 * a, a * 3)
print(a ** 5, Matrix([[1, 1], [1, 0]]) ** 30)
print(a.transpose(), a == Matrix([[1, 2], [3, 4]]), a != b, list(a))
a[0, 0] = 10
print(a[0, 0], a)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
