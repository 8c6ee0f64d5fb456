# Micro-benchmark: percent (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n):
        t='%d:%s-%.2f' % (i, 'ab', i/3)
        s+=len(t)
    return s
print(f(50000))
