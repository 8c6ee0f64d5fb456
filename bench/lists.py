# Benchmark: list operations and comprehensions.
def main():
    n = 1500000
    data = [(i * 7919) % 10007 for i in range(n)]
    squares = [x * x for x in data if x % 3]
    evens = [x for x in data if not x & 1]
    total = sum(squares) % 1000003 + len(evens)
    matrix = [[(r * c) % 17 for c in range(60)] for r in range(800)]
    transposed = [list(col) for col in zip(*matrix)]
    total += sum(sum(row) for row in transposed)
    stack = []
    for x in data[:800000]:
        if x % 5 == 0 and stack:
            stack.pop()
        else:
            stack.append(x)
    total += len(stack)
    chunks = [data[i:i + 100] for i in range(0, len(data), 100)]
    total += sum(max(c) - min(c) for c in chunks)
    merged = []
    for c in chunks[:3000]:
        merged.extend(c[::-1])
        merged.insert(0, c[0])
    total += len(merged) + merged.index(data[50]) + merged.count(0)
    rev = data[::-1]
    rev.reverse()
    total += rev == data
    print("lists checksum", total)

main()
