# Benchmark: generator pipelines, yield from, and generator expressions.
def source(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x

def only_odd(it):
    for v in it:
        if v & 1:
            yield v

def scaled(it, k):
    for v in it:
        yield (v * k) % 1000003

def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield sum(buf)
            buf.clear()

def chained(n):
    yield from source(n)
    yield from (i * i for i in range(n))

def main():
    total = sum(windows(scaled(only_odd(source(1500000)), 7), 10))
    total += sum(v % 10 for v in chained(600000))
    total += max(x for x in source(400000) if x % 3 == 0) % 1000
    print("generators checksum", total)

main()
