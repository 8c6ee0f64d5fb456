# Benchmark: recursive function calls (naive Fibonacci).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main():
    total = 0
    for n in (20, 25, 28, 30, 31, 32):
        total += fib(n)
    print("fib checksum", total)

main()
