# Formatting floats: f, e, g, %, repr-style and precision
x = 1234.56789
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "e", ".3e",
             "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.2f", "015.3f", "-^15,.1f", "#.0f", "#g", ".0e", "n"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.1, 1.5, 2.5, 1e-10, 100.0]:
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, ".1f"), format(v, "e"), f"{v:.15g}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):10.2f}|")
print(f"{float('nan'):+F} {float('inf'):E} {1e300:G} {-1.5e-300:.3G}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1/3:.20f}")
print(f"{2**0.5:.50f}")
print(f"{1e22:f} {1e-7:f} {123.456:.0e}")
print("%f %e %g %.3f %10.2f %-10.1f| %+g %G" % (x, x, x, x, x, x, x, 1e-10))
print("%.0f %.1e %5.1g %%" % (2.5, 12345.678, 0.000123))
print(str(1e-4), str(1e-5), str(1e15), str(1e16), str(123456789.123456789))
