# Frame objects: f_back up the stack, live f_lineno/f_locals while the
# frame runs, the last line and locals (and the caller) after it returns.
import sys, traceback

def who_called():
    return sys._getframe().f_back.f_code.co_name

def outer():
    return inner()

def inner():
    f = sys._getframe()
    names = []
    while f:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names

print(outer())
def caller(): return who_called()
print(caller())

def keep():
    x = 41
    fr = sys._getframe()
    x = 42
    return fr
fr = keep()
print(fr.f_lineno, fr.f_locals["x"], fr.f_back.f_code.co_name, fr.f_back.f_back)

def live():
    fr = sys._getframe()
    a = fr.f_lineno
    b = fr.f_lineno
    y = 5
    return a, b, sorted(fr.f_locals)
print(live())

def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_code.co_name
def consumer():
    return list(gen())
print(consumer())
g = gen()
next(g)
print(g.gi_frame.f_back, g.gi_frame.f_code.co_name)

def stack():
    traceback.print_stack(limit=3, file=sys.stdout)
def s2(): stack()
s2()

def deep(n):
    if n == 0:
        f = sys._getframe(); c = 0
        while f: c += 1; f = f.f_back
        return c
    return deep(n - 1)
print(deep(50))
try:
    def boom(): 1/0
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
import gc
def cyc():
    fr = sys._getframe()
    return 1
for i in range(100): cyc()
print(gc.collect() >= 0)
