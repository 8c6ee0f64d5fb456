# Benchmark: float arithmetic with complex-free Mandelbrot iteration.
def mandel(w, h, max_iter):
    total = 0
    rows = []
    for py in range(h):
        y0 = (py / h) * 2.4 - 1.2
        row = []
        for px in range(w):
            x0 = (px / w) * 3.5 - 2.5
            x = y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
            row.append(" .:-=+*#%@"[i * 9 // max_iter])
        rows.append("".join(row))
    return total, rows

def main():
    total, rows = mandel(300, 150, 600)
    print("mandelbrot checksum", total, sum(r.count("@") for r in rows))

main()
