# Benchmark: compiling a large generated module (the compiler's tables).
def source(n):
    parts = []
    for i in range(n):
        parts.append("def f%d(x, y=%d.5):\n    z = x * %d + y\n    return (z, 'k%d', %d)\n" % (i, i, i, i, i))
        if i % 10 == 0:
            parts.append("class C%d:\n    a = %d\n    def m(self):\n        return self.a + f%d(1)[0]\n" % (i, i, i))
    return "".join(parts)

def main():
    src = source(6000)
    total = 0
    for _ in range(3):
        code = compile(src, "<generated>", "exec")
        ns = {}
        exec(code, ns)
        total += len(ns) + ns["C590"]().m()
    print("compile checksum", total)

main()
