# Computing digits of pi and e with big integers (Machin formula, series)
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

def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = term = unity
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return total // 10 ** 10

p = str(pi_digits(300))
print(p[:50])
print(p[250:301], len(p))
e = str(e_digits(200))
print(e[:50], e[-20:])
print(sum(int(c) for c in p), p.count("9"), p.find("999999"))
f = 1
for i in range(2, 101):
    f *= i
print(f)
print(len(str(f)), str(f).count("0"), f % (10 ** 9 + 7))
print(2 ** 521 - 1)
