# Micro-benchmark: fstring (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n):
        t=f'{i}:{i*2}-{i/3:.2f}'
        s+=len(t)
    return s
print(f(50000))
