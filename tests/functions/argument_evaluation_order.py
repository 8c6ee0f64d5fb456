# Arguments, defaults and decorators are evaluated in a defined order
log = []
def note(v):
    log.append(v)
    return v

def f(a, b, *args, c=None, **kw):
    return a, b, args, c, kw

f(note(1), note(2), *[note(3)], c=note(4), **{"d": note(5)})
print(log); log.clear()
note(1) + note(2) * note(3)
print(log); log.clear()
[note(1), note(2)][note(0)]
print(log); log.clear()
{note("k1"): note("v1"), note("k2"): note("v2")}
print(log); log.clear()
note(1) if note(True) else note(2)
print(log); log.clear()
def deco(name):
    note(f"deco {name} evaluated")
    def d(fn):
        note(f"deco {name} applied")
        return fn
    return d
@deco("outer")
@deco("inner")
def g(x=note("default")):
    return x
print(log); log.clear()
note("obj").__class__, note("x")
print(log); log.clear()
x = note(1) < note(2) < note(0) < note(99)
print(x, log); log.clear()
note("left") or note("right")
note("") or note("right2")
print(log)
