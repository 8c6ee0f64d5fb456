# Micro-benchmark: in ops (instruction counts: bench/instructions).
def f(n):
    a=list(range(50)); st=set(a); t='hello world'*3; s=0
    for i in range(n):
        s+=(i%60 in a)+(i%60 in st)+('wor' in t)
    return s
print(f(100000))
