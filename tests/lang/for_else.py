# for loops with else, break, continue, nested loops
for i in range(3):
    print("i", i)
else:
    print("done, i =", i)

for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("stopped at", i)

def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(40))

for ch in "":
    print("never")
else:
    print("empty iterable runs else")

total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print("even sum", total)

for x, y in [(1, 2), (3, 4)]:
    print(x + y, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
seq = [1, 2, 3]
for v in seq:
    if v == 1:
        seq.append(4)
print(seq)
for i in range(3):
    pass
print(i)
