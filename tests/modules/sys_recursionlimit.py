# sys.getrecursionlimit / setrecursionlimit and RecursionError
import sys
old = sys.getrecursionlimit()

def depth(n):
    return n if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual RecursionError:", e)
print("still running")
