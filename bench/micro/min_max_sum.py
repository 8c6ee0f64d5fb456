# Micro-benchmark: min max sum (instruction counts: bench/instructions).
def f(n):
    data=[float(i%97) for i in range(1000)]
    s=0.0
    for i in range(n):
        s+=min(data)+max(data)+sum(data)
    return s
print(f(300))
