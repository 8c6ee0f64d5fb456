# Benchmark: big integer arithmetic (pi digits with Machin's formula, factorials).
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10

def main():
    for d in (2500, 3000, 3500, 4000):
        pi_digits(d)
    p = pi_digits(4200)
    s = str(p)
    f = 1
    for i in range(2, 15001):
        f *= i
    a, b = 0, 1
    for _ in range(150000):
        a, b = b, a + b
    s2 = a % (10 ** 30)
    fb = f.bit_length()
    g = pow(3, 20000, 10 ** 40 + 7)
    print("bigint checksum", s[:20], s[-10:], sum(int(c) for c in s), fb, f % 1000000007, g, s2, a.bit_length())

main()
