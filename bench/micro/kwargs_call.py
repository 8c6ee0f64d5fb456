# Micro-benchmark: kwargs call (instruction counts: bench/instructions).
def g(a, b=2, *, c=3, **kw):
    return a+b+c+len(kw)
def f(n):
    s=0
    for i in range(n):
        s+=g(i, c=4)+g(i, 1, d=5)+g(a=i)
    return s
print(f(100000))
