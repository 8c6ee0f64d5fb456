# f-strings: expressions, conversions, nested quotes, self-documenting =
name, n, pi = "World", 42, 3.14159265
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{items[0]} {items[-1]} {d['k']} {len(items)} {items[1:]}")
print(f"{name!r} {name!s} {'é'!a} {name.upper()} {name[::-1]}")
print(f"{n=} {pi=:.2f} {name = } {n*2=} {items[0] = !r}")
print(f"{'nested ' + f'{n}'}", f'{"double" "quote"}', f"""{'triple'}""")
print(f"{{escaped}} {{{n}}} {{}}")
print(f"{(lambda x: x * 2)(n)} {[i * i for i in range(3)]} {n if n > 10 else 0}")
print(f"{n:>{10}}|{n:<{n // 10}}|{pi:.{3}f}|{pi:{'>'}{12}.{2}f}|")
width, prec = 10, 4
print(f"{pi:{width}.{prec}f}|{name:{'*'}^{width}}|")
print(f"{3 + 4j}", f"{None}", f"{True}", f"{b'by'}", f"{1e100}")
x = 10
print(f"{x!r:>5}|{x:#06x}|{x:,}|{x * 1000000:_}")
print(f"{'a' if x else 'b'}", f"{x:{'d'}}", f"{(x, x)}", f"{ {'set'} }", f"{ {'k': 1}['k'] }")
print(F"upper prefix {x}", rf"raw \n {x}", fR"\t{x}\t")
multi = (f"part one {x} "
         f"part two {x + 1}")
print(multi)
print(f"{'':>3}|{'':-<4}|{'':}")
print(f"{x = :>6}", f"{ x = }", f"{x=!s:>4}")
