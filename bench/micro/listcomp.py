# Micro-benchmark: listcomp (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n//100):
        l=[x*2 for x in range(100) if x&1]
        s+=len(l)
    return s
print(f(1000000))
