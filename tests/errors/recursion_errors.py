# RecursionError is raised and caught; the interpreter keeps working
import sys
def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)

class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
try:
    Node().length()
except RecursionError as e:
    print("method recursion:", type(e).__name__)

def gen_recurse():
    yield from gen_recurse()
try:
    list(gen_recurse())
except RecursionError as e:
    print("generator recursion:", type(e).__name__)

class Prop:
    @property
    def x(self):
        return self.x
try:
    Prop().x
except RecursionError as e:
    print("property recursion:", type(e).__name__)

class GetAttr:
    def __getattr__(self, name):
        return getattr(self, "other_" + name[:5])
try:
    GetAttr().foo
except RecursionError as e:
    print("__getattr__ recursion:", type(e).__name__)

def countdown(n):
    return 0 if n == 0 else countdown(n - 1)
print(countdown(500))
print(issubclass(RecursionError, RuntimeError))
lam = lambda n: lam(n + 1)
try:
    lam(0)
except RecursionError:
    print("lambda recursion caught")
print("recovered; limit unchanged:", sys.getrecursionlimit() == 1000)
