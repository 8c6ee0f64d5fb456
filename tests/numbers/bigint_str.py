# str() and int() of very large integers, and digit counts
n = 7 ** 1000
s = str(n)
print(len(s), s[:30], s[-30:])
print(int(s) == n)
m = -(3 ** 2000)
t = str(m)
print(len(t), t[:20], t[-20:])
f = 1
for i in range(2, 301):
    f *= i
fs = str(f)
print(len(fs), fs[:25], fs.rstrip("0")[-10:], len(fs) - len(fs.rstrip("0")))
print(sum(int(c) for c in fs))
big = 10 ** 500
print(len(str(big)), str(big - 1).count("9"))
print(hex(2 ** 300)[:12], len(bin(3 ** 300)))
x = int("1" * 300)
print(x % 97, x // 10 ** 295)
print(repr(-(10 ** 25)), f"{10 ** 25:,}")
print(f"{2 ** 100:x}", f"{2 ** 100:o}"[:10], f"{-(2 ** 90):b}"[:12])
print(int("1" + "0" * 400) == 10 ** 400)
print(int("  " + "7" * 50 + "  "))
print(str(2 ** 64 - 1), str(-(2 ** 63)))
