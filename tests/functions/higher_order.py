# Higher-order functions: returning, composing, and passing functions
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))

def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: (x * x for x in xs), lambda xs: (x for x in xs if x % 2), list))

def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))

def flip(f):
    return lambda a, b: f(b, a)
print(flip(pow)(2, 10), flip(lambda a, b: a - b)(1, 10))

def memo(f):
    cache = {}
    def g(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    g.cache = cache
    return g
@memo
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(list(map(lambda f: f(3), [inc, dbl, abs, str])))
