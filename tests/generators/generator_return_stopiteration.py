# Return values, StopIteration and PEP 479
def gen_return(x):
    yield x
    return x * 2

g = gen_return(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def manual_stop():
    yield 1
    raise StopIteration
try:
    list(manual_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)

def safe_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        return "handled"
g = safe_next()
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def return_none():
    yield
    return
print(list(return_none()))
def gen_with_return_in_loop():
    for i in range(10):
        if i == 3:
            return i
        yield i
g = gen_with_return_in_loop()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(("ret", e.value))
        break
print(out)
