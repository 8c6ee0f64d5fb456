# Micro-benchmark: try except (instruction counts: bench/instructions).
def f(n):
    s=0
    for i in range(n):
        try:
            if i%3==0: raise ValueError(i)
            s+=1
        except ValueError as e:
            s+=2
    return s
print(f(100000))
