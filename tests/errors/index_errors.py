# IndexError messages for every sequence type
def show(fn):
    try:
        print(fn())
    except IndexError as e:
        print(type(e).__name__, e)

L, T, S, B, BA, R = [1, 2, 3], (1, 2), "ab", b"ab", bytearray(b"ab"), range(3)
show(lambda: L[3])
show(lambda: L[-4])
show(lambda: T[2])
show(lambda: S[5])
show(lambda: S[-3])
show(lambda: B[2])
show(lambda: BA[9])
show(lambda: R[3])
show(lambda: R[-4])
show(lambda: [][0])
show(lambda: ""[0])
show(lambda: L[2 ** 70])
show(lambda: L.pop(10))
show(lambda: [].pop())
show(lambda: L[1:100])
show(lambda: S[10:])
def assign():
    L[5] = 0
show(assign)
def delete():
    del L[7]
show(delete)
show(lambda: T[-3])
import collections
show(lambda: collections.deque([1])[3])
show(lambda: BA.pop(5))
show(lambda: list(range(5))[5])
show(lambda: "x".__getitem__(1))
show(lambda: L.insert(100, 4) or L)
print(issubclass(IndexError, LookupError))
