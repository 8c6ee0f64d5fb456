# Micro-benchmark: dict ops (instruction counts: bench/instructions).
def f(n):
    d={}; s=0
    for i in range(n):
        d[i%1000]=d.get(i%1000,0)+1
        if i%1000 in d: s+=1
    for k,v in d.items(): s+=v
    return s
print(f(200000))
