# Generator attributes and states
def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__, g.__qualname__)
print(g.gi_frame is not None, g.gi_running, g.gi_suspended)
next(g)
print(g.gi_frame is not None, g.gi_running, g.gi_suspended)
print(g.gi_frame is not None, g.gi_running)
list(g)
print(g.gi_suspended)
print(g.gi_frame)

def self_ref():
    yield gen_obj.gi_running
gen_obj = self_ref()
print(next(gen_obj))

def recursive():
    try:
        next(r)
    except ValueError as e:
        yield str(e)
r = recursive()
print(next(r))

def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
for x in c:
    if x > 3:
        break
print(next(c), next(c))
print(type(counter).__name__, type(c).__name__)
g3 = gen()
g3.close()
print(g3.gi_frame, g3.gi_suspended, list(g3))
