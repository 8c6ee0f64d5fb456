# sys.exc_info() and sys.exception() style queries
import sys

print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print(tb.tb_lineno)
print(sys.exc_info())

def inner():
    return sys.exc_info()[1]

try:
    raise KeyError("seen from callee")
except KeyError:
    print(repr(inner()))

try:
    raise TypeError("outer")
except TypeError:
    try:
        raise IndexError("inner")
    except IndexError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))

def gen():
    try:
        raise RuntimeError("in gen")
    except RuntimeError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is sys.exc_info()[2])
    print(e.__traceback__.tb_next)
def after_handler():
    try:
        raise ValueError("x")
    except ValueError:
        pass
    return sys.exc_info()
print(after_handler())
