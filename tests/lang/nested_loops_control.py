# break/continue in nested loops, loop variables after loops
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    else:
        continue
    break
print("found", found)

pairs = []
for i in range(4):
    for j in range(4):
        if j >= i:
            continue
        if i + j > 4:
            break
        pairs.append((i, j))
print(pairs)

count = 0
i = 0
while i < 5:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
    i += 1
print("count", count)

for k in range(3):
    pass
print("k after loop", k)
for k in []:
    pass
print("k unchanged", k)
result = []
for word in "alpha beta gamma delta".split():
    for ch in word:
        if ch in "aeiou":
            result.append(ch)
            break
print(result)
total = 0
for a in range(1, 4):
    for b in range(1, 4):
        for c in range(1, 4):
            if a == b or b == c or a == c:
                continue
            total += a * 100 + b * 10 + c
print(total)
