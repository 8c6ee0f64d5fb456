# Micro-benchmark: str methods (instruction counts: bench/instructions).
def f(n):
    s=0
    w='Hello World Foo'
    for i in range(n):
        s+=len(w.lower())+w.find('Foo')+w.startswith('He')+len(w.replace('o','0'))+len(w.strip())
    return s
print(f(50000))
