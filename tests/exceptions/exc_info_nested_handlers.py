# sys.exc_info() inside nested handlers, finally blocks and after re-raise
import sys
def current():
    t, v, _ = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None)

print(current())
try:
    raise ValueError("outer")
except ValueError:
    print(current())
    try:
        raise KeyError("inner")
    except KeyError:
        print(current())
    finally:
        print("finally sees", current())
    print("back in outer handler", current())
print("after all", current())
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield current()
        yield current()
g = gen()
print(next(g))
print("between yields", current())
print(next(g))
try:
    raise RuntimeError("x")
except RuntimeError:
    try:
        raise
    except RuntimeError:
        print("re-raised", current())
def handled_in_callee():
    try:
        raise TypeError("callee")
    except TypeError:
        return current()
try:
    raise OSError("caller")
except OSError:
    print(handled_in_callee(), current())
