# add_note() and __notes__ (3.11), with_traceback
try:
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__)
    print(str(err))

e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as ex:
    print(type(ex).__name__, ex)

try:
    raise RuntimeError("x")
except RuntimeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    e2 = TypeError("y").with_traceback(tb)
    print(e2.__traceback__ is tb)

def f():
    raise IndexError("from f")
try:
    f()
except IndexError as err:
    tb = err.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

class Custom(Exception):
    pass
c = Custom("m")
c.add_note("custom note")
print(c.__notes__, c.args)
