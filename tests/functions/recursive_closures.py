# Recursive inner functions and mutual recursion through closures
def outer(n):
    def countdown(k):
        if k == 0:
            return ["liftoff"]
        return [k] + countdown(k - 1)
    return countdown(n)
print(outer(5))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(len(fib.cache))

def tree_sum(t):
    def walk(node):
        if isinstance(node, int):
            return node
        return sum(walk(c) for c in node)
    return walk(t)
print(tree_sum([1, [2, 3, [4, [5]]], 6]))

def collatz_len(n):
    def step(k, acc):
        if k == 1:
            return acc
        return step(k // 2 if k % 2 == 0 else 3 * k + 1, acc + 1)
    return step(n, 1)
print([collatz_len(i) for i in range(1, 12)])

def y_combinator():
    Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
    fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
    return fact(10)
print(y_combinator())

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**40, 6**20))
