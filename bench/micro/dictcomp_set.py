# Micro-benchmark: dictcomp set (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n//100):
        d={x: x*x for x in range(100)}
        st={x%7 for x in range(100)}
        s+=len(d)+len(st)
    return s
print(f(500000))
