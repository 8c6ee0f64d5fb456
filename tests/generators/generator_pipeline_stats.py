# Streaming statistics with chained generators
def numbers():
    x = 12345
    for _ in range(200):
        x = (x * 1103515245 + 12345) % 2 ** 31
        yield x % 1000

def moving_average(it, n):
    window = []
    for v in it:
        window.append(v)
        if len(window) > n:
            window.pop(0)
        yield sum(window) / len(window)

def running_minmax(it):
    lo = hi = None
    for v in it:
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi
        yield lo, hi

nums = list(numbers())
print(nums[:10], sum(nums), len(nums))
avgs = list(moving_average(iter(nums), 5))
print([round(a, 2) for a in avgs[:5]], round(avgs[-1], 2))
mm = list(running_minmax(nums))
print(mm[:3], mm[-1])
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
print(sum(squares))
hist = {}
for n in nums:
    bucket = n // 100
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b * 100:>3}-{b * 100 + 99:<3} {'#' * hist[b]}")
