# Micro-benchmark: method calls (instruction counts: bench/instructions).
class C:
    def __init__(self): self.n=0
    def inc(self, k): self.n+=k; return self
def f(n):
    c=C()
    for i in range(n):
        c.inc(1).inc(2)
    return c.n
print(f(200000))
