# generator.send() and the value of a yield expression
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == "stop":
            return received
        received.append(v)

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("stopped with", e.value)

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])

g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print(type(e).__name__, e)

def running():
    x = 0
    while True:
        x = (yield x) or x + 1
r = running()
print(next(r), r.send(None), r.send(10), next(r), r.send(0))
def yield_expr_values():
    a = yield
    b = (yield a) * 2
    yield a, b
g = yield_expr_values()
print(next(g), g.send(3), g.send(5))
