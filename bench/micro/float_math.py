# Micro-benchmark: float math (instruction counts: bench/instructions).
import math
def f(n):
    s=0.0
    for i in range(n):
        s+=math.sqrt(i)*math.sin(i)+abs(-i)/(i+1)
    return s
print(f(200000))
