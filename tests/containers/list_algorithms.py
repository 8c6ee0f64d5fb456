# Common list manipulation algorithms
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], 5), rotate(["a"], 100))

def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunks(list(range(10)), 3), chunks([], 2))

def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]), dedupe("mississippi"))

def flatten(nested):
    out = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(row) for row in zip(*matrix)]
rotated = [list(row)[::-1] for row in zip(*matrix)]
print(transposed, rotated)
print([sum(row) for row in matrix], [sum(col) for col in zip(*matrix)], sum(matrix[i][i] for i in range(3)))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print("balanced" if not stack else "unbalanced")
q = [5, 3, 8]
q.insert(0, q.pop())
print(q, q[::-1], list(reversed(q)) == q[::-1])
print(sorted([[3, 1], [1, 2], [3, 0]]), max([[1, 2], [1, 3]]))
a = [1, 2, 3]
b = a
a = a + [4]
c = b
c += [5]
print(a, b, c, b is c)
