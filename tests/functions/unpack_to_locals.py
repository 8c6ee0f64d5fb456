# Unpacking straight into local variables: a failed unpacking assigns
# nothing, the source may be one of the targets, and loops, nesting,
# cells and globals mix with it.
def gen_then_fail():
    yield 1
    raise KeyError("boom")


def failures():
    a, b = 1, 2
    for src in ([1, 2, 3], [1], 5, gen_then_fail(), "xyz"):
        try:
            a, b = src
        except Exception as e:
            print(type(e).__name__, e, a, b)
    try:
        c, d = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        print(c)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def self_source():
    t = (1, 2)
    t, u = t
    print(t, u)
    v = [3, 4]
    w, v = v
    print(w, v)
    x = "ab"
    x, y = x
    print(x, y)


def loops():
    pairs = [(i, i * i) for i in range(4)]
    total = 0
    for a, b in pairs:
        total += a * b
    print(total)
    for (p, q), (r, s) in zip(pairs, reversed(pairs)):
        print(p, q, r, s)
    for i, (j, k) in enumerate({"x": 1, "y": 2}.items()):
        print(i, j, k)
    x, y, z = range(3)
    print(x, y, z)
    a, b = b, a = 1, 2
    print(a, b)


g = 0


def mixed():
    global g
    cell = 0

    def inner():
        return cell

    x, cell, g = 10, 20, 30
    print(x, inner(), g)
    lst = [0, 0]
    lst[0], y, lst[1] = 7, 8, 9
    print(lst, y)


failures()
self_source()
loops()
mixed()
