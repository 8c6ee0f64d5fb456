# Mixed int/float arithmetic and comparisons (the eval loop converts small
# ints a double holds exactly; bigger ones take the exact general path).

vals_i = [0, 1, -1, 7, 2**53, -(2**53), 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -(2**63), 10**30]
vals_f = [0.0, -0.0, 0.5, -2.5, 1e16, 9007199254740992.0, 9007199254740993.0, 1e308,
          float("inf"), float("-inf"), float("nan")]


def show(x):
    return repr(x)


for i in vals_i:
    for f in vals_f:
        row = []
        for a, b in ((i, f), (f, i)):
            for name, op in (("+", lambda p, q: p + q), ("-", lambda p, q: p - q),
                             ("*", lambda p, q: p * q), ("/", lambda p, q: p / q)):
                try:
                    row.append(show(op(a, b)))
                except (ZeroDivisionError, OverflowError) as e:
                    row.append(type(e).__name__)
            row.append("".join("1" if c else "0" for c in
                               (a < b, a <= b, a == b, a != b, a > b, a >= b)))
        print(i, f, " ".join(row))


def loop():
    acc = 0
    x = 0.25
    for k in range(-5, 6):
        acc += k * x
        acc -= k
        acc *= 1.0
        acc = acc / 2 if k else acc
        if k < x:
            acc += 1
        if x >= k:
            acc -= 0.5
    return acc


print(loop())
t = 3
t += 0.5
t -= 1
t *= 2
t /= 4
print(t, type(t).__name__)
print(True + 0.5, 1.5 * False, True < 1.5)
