# Slicing with steps on lists, strings, tuples, ranges
s = "abcdefghij"
L = list(range(10))
t = tuple(L)
r = range(10)
for seq in (s, L, t):
    print(seq[2:5], seq[:3], seq[7:], seq[-3:], seq[:-7])
    print(seq[::2], seq[1::3], seq[::-1], seq[::-3], seq[8:2:-2])
    print(seq[100:], seq[-100:2], seq[5:1], seq[-1:-5:-1], seq[:])
print(r[2:8:2], r[::-1], r[-2:], list(r[1::4]))
print(s[slice(1, 8, 3)], s[slice(None, None, -2)], L[slice(3)])
print(s[2:-2:1], s[-2:2:-1], L[::100], L[9:-11:-4])
x = L[:]
print(x == L, x is L)
print("hello"[1:][::-1][1:3])
n = 4
print(L[n - 2:n + 2], L[-n:])
print(L[True:3], s[None:None:None])
print([][1:5], ""[::-1], ()[::2])
big = 2**70
print(L[-big:big], s[big:])
