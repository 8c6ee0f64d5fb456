# Complex numbers
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z)
print(z ** 2, z ** 0, (1j) ** 2, 2 ** (1j) if False else "skip", pow(z, 2))
print(z == complex(3, 4), z != w, z == 3 + 4j, (3 + 0j) == 3)
print(complex(), complex(2), complex(2.5), complex("1+2j"), complex("  -3.5j "), complex("1e3-2e-3j"))
print(complex(1, 2) * 1j, 1j * 1j, 0j, -0j, complex(-0.0, -0.0))
print(complex("inf+nanj"), complex(float("inf"), 1), complex(1e300, 1e300) * 10)
print(type(z).__name__, type(z.real).__name__, isinstance(z, complex))
print(1j.imag, (2j).real, 1 + 1j == 1 + 1.0j)
print(hash(3 + 0j) == hash(3), hash(0j) == 0)
print(format(z, ""), format(z, ".2f"), format(z, "10"), format(w, "+.1e"), f"{1.5-2.25j:>20}")
print(str(complex(1.5, 0)), str(complex(0, 1.5)), str(complex(-1, -1)), repr(complex(0.1, 0.2)))
for bad in ["1+", "j1", "1 + 2j", "((1+2j)"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(z, w)
except TypeError as e:
    print("TypeError:", e)
print(z.__abs__(), (1+1j).__mul__(2), (2).__add__(1j), 1.5 + 1j - 1.5)
