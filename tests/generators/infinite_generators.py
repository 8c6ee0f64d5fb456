# Infinite generators stopped by islice-like helpers
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def cycle(seq):
    while True:
        yield from seq
print(take(10, naturals()), take(15, primes()))
print(take(15, fib()), take(7, cycle("abc")))
def until(pred, it):
    for x in it:
        if pred(x):
            return x
print(until(lambda f: f > 10 ** 20, fib()), until(lambda p: p > 1000, primes()))
pows = (2 ** n for n in naturals(0))
print(take(5, pows), take(3, pows))
def interleave(*gens):
    while True:
        for g in gens:
            yield next(g)
print(take(9, interleave(naturals(100), cycle("xy"), fib())))
