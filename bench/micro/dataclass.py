# Micro-benchmark: dataclass (instruction counts: bench/instructions).
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
def f(n):
    s=0
    for i in range(n):
        p=P(i, i+1)
        s+=p.x+p.y+(p==p)
    return s
print(f(100000))
