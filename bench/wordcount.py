# Benchmark: dict-heavy word counting and grouping.
def make_text(n):
    syll = ["ka", "to", "ri", "ne", "sa", "mo", "lu", "pe", "zi", "go"]
    x = 7
    words = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = "".join(syll[(x >> (4 * j)) % 10] for j in range(k))
        words.append(w)
    return words

def main():
    words = make_text(300000)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_len = {}
    for w, c in counts.items():
        by_len.setdefault(len(w), []).append((c, w))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    pairs = {}
    for a, b in zip(words, words[1:]):
        key = (a, b)
        pairs[key] = pairs.get(key, 0) + 1
    inverted = {}
    for w, c in counts.items():
        inverted.setdefault(c, set()).add(w)
    checksum = len(counts) + len(pairs) + sum(c * len(w) for w, c in top)
    checksum += sum(len(v) for v in by_len.values()) + max(inverted) + len(inverted)
    print("wordcount checksum", checksum, top[0])

main()
