# Benchmark: integer arithmetic in tight loops (collatz lengths, modular sums).
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

def main():
    best = 0
    best_n = 0
    for n in range(1, 100000):
        c = collatz_len(n)
        if c > best:
            best, best_n = c, n
    acc = 0
    for i in range(500000):
        acc = (acc * 31 + i * i - (i // 7) + (i % 13)) % 1000000007
    print("int checksum", best, best_n, acc)

main()
