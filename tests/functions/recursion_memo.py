# Recursion with explicit memoisation and mutual recursion
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n, n) for n in range(15)])
print(partitions(100, 100))

def binary_search(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid)
data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 3, 50, 51, 99, 98)])

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3, 8]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def ping(n):
    return "done" if n == 0 else pong(n - 1)
def pong(n):
    return "done" if n == 0 else ping(n - 1)
print(ping(101))
