# Micro-benchmark: slicing (instruction counts: bench/instructions).
def f(n):
    a=list(range(100)); t='abcdefghij'*10; s=0
    for i in range(n):
        s+=len(a[10:50])+len(t[5:60:2])+len(a[::-1])
    return s
print(f(100000))
