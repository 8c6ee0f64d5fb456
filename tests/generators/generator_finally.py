# try/finally inside generators and cleanup order
log = []

def resource(name):
    log.append("open " + name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        log.append("close " + name)

for v in resource("a"):
    log.append(v)
print(log)
log.clear()

for v in resource("b"):
    log.append(v)
    break
print(log)  # generator still suspended
log.clear()

g = resource("c")
next(g)
g.close()
print(log)
log.clear()

def nested():
    try:
        yield from resource("inner")
    finally:
        log.append("outer finally")
g = nested()
next(g)
g.close()
print(log)
log.clear()

def return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def gen_with_except():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield "caught " + str(e)
    yield "after"
print(list(gen_with_except()))
