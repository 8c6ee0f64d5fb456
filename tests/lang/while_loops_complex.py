# while loops with complex conditions, counters and sentinel patterns
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps:", steps)
a, b = 0, 1
fibs = []
while len(fibs) < 12 and b < 1000:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
data = [5, 3, 8, 1, 9, 2]
i = 0
while i < len(data) and data[i] != 1:
    i += 1
print("index of 1:", i)
stack = [1]
seen = []
while stack:
    v = stack.pop()
    if v > 20 or v in seen:
        continue
    seen.append(v)
    stack.extend([v * 2, v * 3])
print(sorted(seen))
lo, hi = 0, 1000
target = 737
guesses = 0
while lo <= hi:
    mid = (lo + hi) // 2
    guesses += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    mid = None
print("found", mid, "in", guesses, "guesses")
count = 0
while True:
    count += 1
    if count % 7 == 0 and count % 5 == 0:
        break
print(count)
