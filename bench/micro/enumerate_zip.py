# Micro-benchmark: enumerate zip (instruction counts: bench/instructions).
def f(n):
    a=list(range(1000)); b=list(range(1000)); s=0
    for _ in range(n):
        for i,(x,y) in enumerate(zip(a,b)): s+=i+x+y
    return s
print(f(100))
