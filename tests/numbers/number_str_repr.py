# str() and repr() of numbers in many magnitudes
vals = [0, -0.0, 1, -1, 10 ** 15, 10 ** 16, 1e15, 1e16, 1e17, 1.5e-4, 1.5e-5, 0.0001, 0.00001,
        123456.789, 1234567890123456789.0, 3.0e-300, float(2 ** 70), 2 ** 70, 1j, -1.5j, 2 + 0j,
        complex(0, -0.0), complex(-0.0, 0), 1e300 * 1e300j if False else complex(1e300, -1e-300)]
for v in vals:
    print(str(v), repr(v))
print(str(True), str(False), repr(True))
print([1.0, 2.5, -0.5], (1e10, 1e-10), {1.5: 2.5})
print(f"{1e16}", f"{123.0}", f"{1e-5}", "%s %r" % (0.1, 0.1))
print(float("1.10"), float("0000.5000"), float("1e0"), float("-0"))
print(int("-0"), str(-0), repr(-0), str(0.0 * -1))
