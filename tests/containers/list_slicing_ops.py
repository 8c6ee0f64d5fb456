# List operations built from slices
L = list(range(10))
print(L[:3] + L[-3:], L[::3], L[1::2][::-1], L[2:-2][::2])
L[2:5] = L[2:5][::-1]
print(L)
L[::2] = [x * 10 for x in L[::2]]
print(L)
del L[1::3]
print(L)
L[len(L):] = [99]
L[:0] = [-1]
print(L)
L[3:3] = ["inserted"]
print(L)
copy = L[:]
copy[0] = "changed"
print(L[0], copy[0])
print(L[100:], L[-100:2], L[5:2], L[::-1][:3])
chunks = [L[i:i + 4] for i in range(0, len(L), 4)]
print(chunks)
x = [1, 2, 3, 4, 5, 6]
x[1:5] = []
print(x)
x[:] = "abc"
print(x)
y = [[0]] * 2 + [[0]]
y[0][0] = 1
print(y)
z = list(range(5))
z[1:4:2] = ["a", "b"]
print(z, z.index("b"), z[z.index("a"):])
