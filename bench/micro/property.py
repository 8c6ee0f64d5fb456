# Micro-benchmark: property (instruction counts: bench/instructions).
class P:
    def __init__(self): self._v=3
    @property
    def v(self): return self._v
def f(n):
    p=P(); s=0
    for i in range(n):
        s+=p.v
    return s
print(f(200000))
