# Uncaught groups: nested boxes, chained members, notes, width limit, except* results
def f(n):
    raise ValueError(n)

def inner_group():
    try:
        f(1)
    except ValueError as e:
        raise ExceptionGroup("inner", [e, TypeError("t")]) from KeyError("k")

def split_and_raise():
    try:
        raise ExceptionGroup("eg", [TypeError("t"), KeyError("k")])
    except* TypeError:
        f(2)
    except* KeyError:
        raise

try:
    inner_group()
except ExceptionGroup as e1:
    inner = e1
try:
    split_and_raise()
except ExceptionGroup as e2:
    starred = e2
try:
    raise OSError("ctx")
except OSError:
    eg = ExceptionGroup("outer", [inner, starred] + [ValueError(i) for i in range(16)])
    eg.add_note("note one\nline two")
    raise eg
