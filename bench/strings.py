# Benchmark: string building, joining, slicing and methods.
def main():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    total = 0
    parts = []
    for i in range(500000):
        w = words[i % len(words)]
        s = f"{w}-{i}:{w.upper()}"
        if s.startswith("e") or "ta" in s:
            s = s.replace("-", "_").title()
        parts.append(s[::-1] if i % 3 == 0 else s)
        total += len(s) + s.count("a")
    text = " ".join(parts)
    tokens = text.split()
    total += len(text) + len(tokens)
    out = []
    for t in tokens[:400000]:
        out.append(t.strip("_:").lower().center(20, "."))
    joined = "|".join(out)
    total += joined.count("..") + joined.find("zeta") + len(joined.splitlines())
    acc = ""
    for i in range(150000):
        acc += str(i % 10)
    total += sum(map(int, acc[:5000])) + hash(len(acc))
    print("strings checksum", total)

main()
