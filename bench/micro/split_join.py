# Micro-benchmark: split join (instruction counts: bench/instructions).
def f(n):
    line='alpha beta gamma delta epsilon zeta eta theta'
    s=0
    for i in range(n):
        p=line.split()
        s+=len('-'.join(p))
    return s
print(f(50000))
