# Micro-benchmark: namedtuple (instruction counts: bench/instructions).
from collections import namedtuple
P=namedtuple('P','x y')
def f(n):
    s=0
    for i in range(n):
        p=P(i,i)
        s+=p.x+p[1]
    return s
print(f(100000))
