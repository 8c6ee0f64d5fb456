# Integer algorithms exercising arithmetic: primes, gcd, digits, base conversion
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(1071, 462), gcd(-48, 18), gcd(0, 7), gcd(2 ** 64, 2 ** 40 * 3))

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-10, 3), int(to_base(10 ** 20, 7), 7) == 10 ** 20)

def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
print(digit_sum(2 ** 100), digit_sum(-999), digit_sum(0))
def collatz_max(limit):
    best = (0, 0)
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        best = max(best, (steps, start))
    return best
print(collatz_max(1000))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 30), isqrt(99), isqrt(2 ** 127) ** 2 <= 2 ** 127 < (isqrt(2 ** 127) + 1) ** 2)
print(sum(i * i for i in range(1, 101)), sum(range(1, 101)) ** 2)
