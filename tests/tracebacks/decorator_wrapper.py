# Traceback passing through decorator wrapper functions
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        fn(*args)
        print("finished", fn.__name__)
    return wrapper

@logged
def divide(a, b):
    if b == 0:
        raise ZeroDivisionError(f"cannot divide {a} by zero")
    return a // b

divide(10, 2)
divide(1, 0)
