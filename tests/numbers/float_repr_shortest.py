# repr(float): the shortest digits that read back, including powers of two
# (whose lower neighbour is closer), subnormals, and values near 10**k.
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e-7, 5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 1e22, 1e23, 9007199254740993.0,
        123456789.125, 1.005, 4.35, 0.000123, 1e15 + 0.3, 9.999999999999999e22, -0.0, 0.0]
for k in range(-1074, 1024, 3):
    vals.append(2.0 ** k)
for k in range(-330, 310, 7):
    vals.append(10.0 ** k if k > -300 else 1e-300 / 10.0 ** (-300 - k))
seed = 12345
for i in range(3000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    mant = 1 + (seed >> 12) / 2**52
    ex = (seed % 200) - 100
    vals.append(mant * 2.0 ** ex)
    vals.append((seed % 10**7) / (1 + seed % 997))
lines = []
for v in vals:
    s = repr(v)
    assert float(s) == v or v != v, s
    lines.append(s + ' ' + str(-v) + ' ' + f'{v}')
print('\n'.join(lines))
