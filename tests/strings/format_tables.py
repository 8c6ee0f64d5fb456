# Building aligned tables with str.format and format specs
rows = [("Widget", 4, 3.5), ("Gadget", 12, 11.25), ("Doohickey", 1, 999.999), ("Thing", 0, 0.0)]
fmt = "{:<10}|{:>5}|{:>10.2f}|{:>8}"
print(fmt.replace(".2f", "").format("Name", "Qty", "Price", "Flag"))
print("-" * 36)
for name, qty, price in rows:
    print(fmt.format(name, qty, price, "yes" if qty else "no"))
print("{:=^36}".format(" totals "))
print("{0:<10}|{1:>5}|{2:>10,.2f}|".format("Sum", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
for i, (name, *_ ) in enumerate(rows, 1):
    print("{idx:02d}. {name!r:>12} {name!s:.3}".format(idx=i, name=name))
print("{:+.3e} {:010.4f} {:_} {:#o}".format(12345.678, -3.14159, 10 ** 9, 64))
print("{0[0]}-{0[1]}-{1.real}".format(("a", "b"), 3 + 4j))
print("[{:^9}] [{:<9}] [{:>9}]".format("mid", "left", "right"))
print("[{:*^9}] [{:-<9}] [{:_>9}]".format("mid", "left", "right"))
percentages = [0.1234, 0.5, 1.0, 0.00042]
print(" ".join("{:>8.2%}".format(p) for p in percentages))
