# Slice assignment and deletion on lists
L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[:0] = [-2, -1]
print(L)
L[len(L):] = [100]
print(L)
L[1:3] = []
print(L)
L = list(range(10))
L[::2] = "ABCDE"
print(L)
L[1::2] = [x * 10 for x in range(5)]
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
L = list(range(10))
del L[::3]
print(L)
del L[1:3]
print(L)
del L[-1]
print(L)
del L[:]
print(L)
M = [1, 2, 3]
M[1:2] = M
print(M)
M = [1, 2, 3, 4, 5]
M[3:1] = ["x"]
print(M)
M[::-1] = range(6)
print(M)
b = bytearray(b"hello world")
b[0:5] = b"HOWDY"
del b[5:6]
print(b)
M = [0] * 5
M[1:4] = iter("xyz")
print(M)
