# Converting integers to and from every base 2..36
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    s = []
    while n:
        n, r = divmod(n, b)
        s.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(s))
values = [0, 1, -1, 35, 36, 255, -1000, 2 ** 64 + 12345, -(3 ** 50)]
ok = True
for b in range(2, 37):
    for v in values:
        s = to_base(v, b)
        if int(s, b) != v or int(s.upper(), b) != v:
            ok = False
            print("mismatch", v, b, s)
print("roundtrip ok:", ok)
print([to_base(255, b) for b in (2, 3, 7, 16, 36)])
print(to_base(2 ** 64 + 12345, 36), int(to_base(2 ** 64 + 12345, 36), 36))
print(bin(-(3 ** 50))[:12], oct(3 ** 50)[-8:], hex(-(3 ** 50)))
print(int("-0b" + bin(12345)[2:], 0), int("0o" + oct(99)[2:], 0), int(hex(2 ** 70), 16) == 2 ** 70)
print(format(3 ** 30, "b").count("1"), format(3 ** 30, "o"), format(3 ** 30, "X"))
