# except*: splitting, re-raising, handlers raising, naked exceptions, errors
import sys

def run(label, fn):
    try:
        fn()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", repr(e), "| context:", repr(e.__context__), "| cause:", repr(e.__cause__))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as g:
        print(" t1 V", repr(g), repr(sys.exc_info()[1]))
    except* (TypeError, KeyError) as g:
        print(" t1 TK", repr(g))
run("all handled", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run("bare raise keeps both", t2)

def t3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
run("raise g", t3)

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise IndexError("newer")
run("two raise new", t4)

def t5():
    try:
        raise ValueError("naked")
    except* TypeError:
        print(" not reached")
run("naked unmatched", t5)

def t6():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(" t6", repr(g), type(g).__name__)
run("naked matched", t6)

def t7():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as g:
        print(" t7", type(g).__name__, repr(g))
run("base naked", t7)

def t8():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", t8)

def t9():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
run("except* tuple with group", t9)

def t10():
    try:
        raise ValueError(1)
    except* 42:
        pass
run("except* non-class", t10)

def t11():
    try:
        pass
    except* ValueError:
        print(" no")
    else:
        print(" t11 else ran")
    finally:
        print(" t11 finally ran")
run("else/finally", t11)

def t12():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
        except* ValueError:
            print(" t12 inner V")
        finally:
            print(" t12 inner finally")
    except* OSError as g:
        print(" t12 outer", repr(g))
run("nested", t12)

def t13():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as g:
            def inner():
                return g
            print(" t13", repr(inner()))
    try:
        g
    except NameError as e:
        print(" t13 name cleared:", e)
run("loop and closure", t13)

def t14():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print(" t14", repr(g))
        raise
    except* TypeError as g:
        print(" t14", repr(g))
run("nested groups", t14)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
def t15():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print(" t15", repr(g))
run("derive subclass", t15)

def t16():
    e = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    e.add_note("a note")
    try:
        raise e
    except* ValueError:
        pass
run("with notes", t16)

def t17():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print(" t17 inner handled", repr(sys.exc_info()[1]))
        print(" t17 after", repr(sys.exc_info()[1]))
    print(" t17 outside", repr(sys.exc_info()[1]))
run("exc_info", t17)

async def coro():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        r = "ok " + repr(g)
    return r
def t18():
    c = coro()
    try:
        c.send(None)
    except StopIteration as s:
        print(" t18", s.value)
run("coroutine", t18)
try:
    compile("async def f():\n    try:\n        pass\n    except* ValueError:\n        return 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
for src in ["for x in y:\n    try:\n        pass\n    except* E:\n        continue",
            "try:\n    pass\nexcept* E:\n    for x in y:\n        break",
            "try:\n    pass\nexcept* E:\n    def f():\n        return 1",
            "while 1:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            break",
            "try:\n    pass\nexcept* E:\n    break",
            "try:\n    pass\nexcept*:\n    pass",
            "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass"]:
    try:
        compile(src, "<s>", "exec")
        print("OK")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
