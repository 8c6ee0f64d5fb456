# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print("never printed")
print("broke at", n)

found = None
candidates = [4, 6, 8, 9, 10]
i = 0
while i < len(candidates):
    c = candidates[i]
    i += 1
    if c % 2 == 0:
        continue
    found = c
    break
else:
    found = "none"
print("first odd:", found)

i = 0
while i < 0:
    print("never")
else:
    print("else on zero iterations")

def search(matrix, target):
    r = 0
    while r < len(matrix):
        c = 0
        while c < len(matrix[r]):
            if matrix[r][c] == target:
                return (r, c)
            c += 1
        r += 1
    return None
print(search([[1, 2], [3, 4], [5, 6]], 4), search([[1]], 9))
total = 0
k = 10
while k:
    k -= 1
    if k % 3:
        continue
    total += k
print(total)
