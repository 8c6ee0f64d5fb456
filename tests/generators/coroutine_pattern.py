# Generator-based coroutines: priming, accumulating, pipelines
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def filter_even(target):
    while True:
        v = yield
        if v % 2 == 0:
            target.send(v)

@coroutine
def scale(k, target):
    while True:
        v = yield
        target.send(v * k)

pipe = scale(10, filter_even(printer("even*10:")))
for i in range(6):
    pipe.send(i)

@coroutine
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)

g = grep("py")
for line in ["python", "java", "pypy", "ruby"]:
    g.send(line)
g.close()

@coroutine
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
