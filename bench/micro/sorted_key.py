# Micro-benchmark: sorted key (instruction counts: bench/instructions).
def f(n):
    data=[(i*7919)%1000 for i in range(1000)]
    s=0
    for i in range(n):
        s+=sorted(data, key=lambda x: -x)[0]
    return s
print(f(100))
