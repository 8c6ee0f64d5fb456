# Exception objects: args, str/repr of the special families, attributes.
print(repr(ValueError()), repr(ValueError("x")), repr(ValueError(1, 2)))
print(str(ValueError()), str(ValueError("x")), str(ValueError(1, 2)))
print(str(KeyError("k")), str(KeyError("a", "b")), repr(KeyError("k")))
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
print(OSError(2, "No such file", "a", None, "b"))
print(repr(OSError(13, "denied")), OSError("plain"), OSError(1).errno)
print(type(OSError(17, "x")).__name__, type(OSError(4, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(SyntaxError("bad", ("/a/b/c.py", 3, 1, "x y")))
print(SyntaxError("bad", ("c.py", None, 1, "x")), SyntaxError("m"))
s = SyntaxError("m", ("f.py", 1, 2, "txt", 1, 4))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
print(StopIteration().value, StopIteration(5, 6).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
i = ImportError("no mod", name="m", path="/p")
print(i, i.msg, i.name, i.path, repr(ImportError(name="x")), str(ImportError(name="x")))
a = AttributeError("oops", name="n", obj=5)
print(a, a.name, a.obj)
print(NameError("n", name="zz").name)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"))
print(UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "\u1234x", 0, 1, "r"), UnicodeEncodeError("ascii", "ab", 0, 2, "r"))
print(UnicodeTranslateError("\U0001f600", 0, 1, "t"))
x = ValueError("v")
print(x.__context__, x.__cause__, x.__suppress_context__, x.__traceback__)
x.__cause__ = KeyError(1)
print(repr(x.__cause__), x.__suppress_context__)
x.add_note("note 1"); x.add_note("note 2")
print(x.__notes__)
x.args = [1, 2]
print(x.args, x.__reduce__())
x.custom = 5
print(x.custom, x.__dict__)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: ValueError(x=1))
err(lambda: ImportError("a", bad=1))
err(lambda: setattr(ValueError(), "__cause__", 1))
err(lambda: setattr(ValueError(), "__context__", "s"))
err(lambda: setattr(ValueError(), "__traceback__", 1))
err(lambda: delattr(ValueError(), "args"))
err(lambda: ValueError().add_note(3))
err(lambda: ValueError().__notes__)
err(lambda: UnicodeDecodeError("x"))

class MyErr(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
m = MyErr(1, b=3)
print(repr(m), m.args, m.b, isinstance(m, Exception), MyErr.__mro__[1:])
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, MyOS(2, "x", "f").filename)
print(issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError))
print(BaseException.__doc__, Exception.__doc__)
try:
    raise TypeError("t") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__)
