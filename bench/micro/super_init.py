# Micro-benchmark: super init (instruction counts: bench/instructions).
class A:
    def __init__(self, x):
        self.x=x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y=y
def f(n):
    s=0
    for i in range(n):
        b=B(i, i)
        s+=b.x+b.y
    return s
print(f(100000))
