# The eval loop's small-int fast paths against every sign and edge: results
# must be exactly what the general int arithmetic gives.

edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 65, 255, 256, -256,
         2**31 - 1, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1]
ops = {
    "-": lambda a, b: a - b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    ">>": lambda a, b: a >> b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
}
lines = []
checksum = 0
for name, f in ops.items():
    for a in edges:
        for b in edges:
            try:
                r = f(a, b)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                r = type(e).__name__ + ": " + str(e)
            lines.append(f"{a} {name} {b} = {r}")
            checksum = (checksum * 1000003 + (r if isinstance(r, int) else len(r))) % (2**61 - 1)
print(len(lines))
for line in lines[::7]:
    print(line)
print(checksum, len(set(lines)))


# the in-place forms take the same paths
def inplace(a, b):
    out = []
    for op in ("-=", "&=", "|=", "^=", ">>=", "//=", "%="):
        x = a
        try:
            exec(f"x {op} b", {"b": b, "x": x}, ns := {"x": x})
            out.append(ns["x"])
        except Exception as e:
            out.append(type(e).__name__)
    return out


for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 0), (-2**63, -1), (1, 64), (-1, 1000)]:
    print(a, b, inplace(a, b))


def loop_inplace():
    x, y, z, w = 10**6, 0, 12345, -98765
    for i in range(1, 2000):
        x -= i
        y |= i
        z ^= i
        w //= 3
        w %= 1000003
    return x, y, z, w


print(loop_inplace())
# bools are ints but keep their own results
print(True & False, True | False, True ^ True, True - True, True // True, True % True, True >> 1)
print(type(True & True).__name__, type(True - True).__name__)
# shifts by huge or negative counts
print(5 >> 100, -5 >> 100, -1 >> 63, -2**63 >> 1)
try:
    5 >> -1
except ValueError as e:
    print("ValueError:", e)
