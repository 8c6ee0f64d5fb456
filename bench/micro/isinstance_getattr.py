# Micro-benchmark: isinstance getattr (instruction counts: bench/instructions).
class C: a=1
def f(n):
    c=C(); s=0
    for i in range(n):
        if isinstance(c, C) and hasattr(c, 'a'): s+=getattr(c, 'a', 0)
    return s
print(f(200000))
