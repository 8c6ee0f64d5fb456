# Micro-benchmark: generator sum (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n//100):
        s+=sum(x*x for x in range(100))
    return s
print(f(1000000))
