# Micro-benchmark: str concat (instruction counts: bench/instructions).
def f(n):
    s=''
    for i in range(n):
        s+=str(i)
    return len(s)
print(f(100000))
