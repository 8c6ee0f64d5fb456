# Benchmark (extra): closures, nonlocal updates, and higher-order calls.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def main():
    counters = [make_counter() for _ in range(100)]
    total = 0
    for i in range(2000000):
        total += counters[i % 100](i & 7)
    add1 = lambda x: x + 1
    dbl = lambda x: x * 2
    h = compose(add1, compose(dbl, add1))
    for i in range(1200000):
        total += h(i) & 0xFF
    adders = [(lambda k: (lambda v: v + k))(k) for k in range(50)]
    for i in range(600000):
        total += adders[i % 50](i) % 97
    print("closures checksum", total)

main()
