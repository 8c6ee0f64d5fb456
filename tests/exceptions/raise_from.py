# Explicit chaining with raise ... from
class AppError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as exc:
        raise AppError(f"no config for {key!r}") from exc

try:
    load("b")
except AppError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise RuntimeError("x") from KeyError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

try:
    raise RuntimeError("cls") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    raise RuntimeError from TypeError("t")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("bad cause") from 42
except TypeError as e:
    print(type(e).__name__, e)
e2 = ValueError("manual")
e2.__cause__ = KeyError("set by hand")
print(e2.__suppress_context__, repr(e2.__cause__))
