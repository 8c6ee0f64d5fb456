# Complex arithmetic, powers and conversions
z1, z2 = 1 + 2j, 3 - 4j
print(z1 + z2, z1 - z2, z1 * z2, z1 / z2, z2 / z1, z1 ** 2, z1 ** 3, z2 ** 0.5)
print(abs(z2), z1.conjugate(), z1 * z1.conjugate(), (z1 * z1.conjugate()).real)
print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 1j) ** 8, (-1) ** 0.5)
print(complex(3, 4) == 3 + 4j, complex("-1.5e2+2j"), complex(" (1+2j) "), complex(2.5))
print(z1 + 1, 1 + z1, z1 * 2.5, 2 / z1, z1 - True, z1 / 1j)
print(repr(1e300j * 1e300j), repr(complex(float("inf"), 0) * 0), repr(complex(0.0, -0.0)))
print([round(abs(z), 6) for z in [1j, 1 + 1j, -3 - 4j, 0.6 + 0.8j]])
print((2 + 3j).real, (2 + 3j).imag, type((2 + 3j).real).__name__, (5).imag, (5.5).real)
print(sum([1j, 2, 3.5 - 1j]), pow(1j, 2), pow(2, 1j) if False else "skip")
vals = [complex(x, y) for x in (-1, 0, 1) for y in (-1, 1)]
print(sorted(vals, key=abs)[:2], sorted(vals, key=lambda z: (z.real, z.imag)))
print(format(1.23456 + 6.54321j, ".3f"), format(1 + 1j, "^15"), f"{2j:+}", f"{-0.5+0j:e}")
print(hash(1 + 0j) == hash(1), hash(2j) == hash(complex(0, 2)), {1 + 0j: "a"}[1])
