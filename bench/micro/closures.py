# Micro-benchmark: closures (instruction counts: bench/instructions).
def f(n):
    def mk(k):
        return lambda x: x+k
    s=0
    for i in range(n):
        s+=mk(i)(1)
    return s
print(f(100000))
