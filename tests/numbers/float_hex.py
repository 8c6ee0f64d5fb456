# float.hex() and float.fromhex()
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e10, 1e-10, 2.0 ** 100,
          5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), 255.0, 1 / 3]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float.fromhex("0x1p0"), float.fromhex("0x1.8p1"), float.fromhex("-0xAp-2"))
print(float.fromhex("0x.8"), float.fromhex("  0x1.000p+10  "), float.fromhex("0x1P-1074"))
print(float.fromhex("inf"), float.fromhex("-Infinity"), float.fromhex("nan"))
print(float.fromhex("0x10"), float.fromhex("1p4"), float.fromhex("0x1.fffffffffffffp1023"))
for bad in ["", "0x", "0xg", "1.2.3", "0x1p"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print("OverflowError:", e)
