# Micro-benchmark: int big (instruction counts: bench/instructions).
def f(n):
    x=1
    for i in range(n):
        x=x*3+i
    return x%1000
print(f(20000))
