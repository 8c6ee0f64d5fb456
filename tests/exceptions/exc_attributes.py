# args, str() and repr() of built-in exceptions
samples = [
    Exception(),
    Exception("one"),
    Exception("a", 2),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    OSError(2, "No such file"),
    OSError("plain"),
    StopIteration(5),
    SystemExit(3),
    UnicodeError("u"),
    ArithmeticError(1.5),
    RuntimeError(None),
    AttributeError("attr"),
    NameError("name 'x' is not defined"),
]
for e in samples:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

e = OSError(2, "No such file or directory", "/nope")
print(e.errno, e.strerror, e.filename, str(e))
print(type(e).__name__, type(OSError(2, "x")).__name__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.extra = "custom attr"
print(e.extra)
print(KeyError("k").__class__.__mro__)
print(BaseException("b").with_traceback(None) is not None)
print(str(KeyError("it's")), repr(ValueError("it's")))
