# raise and except with class or instance, bare re-raise
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError
    if kind == "key":
        raise KeyError("missing", 42)
    return "fine"

for kind in ["value", "type", "key", "none"]:
    try:
        print(risky(kind))
    except ValueError as e:
        print("ValueError:", e, e.args)
    except TypeError as e:
        print("TypeError:", repr(e), e.args)
    except LookupError as e:
        print("LookupError subclass", type(e).__name__, e.args)

try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        print("handling, re-raising")
        raise
except RuntimeError as e:
    print("outer got", e)

def reraise_later():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    raise saved
try:
    reraise_later()
except ZeroDivisionError as e:
    print("saved and raised:", e)

try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(str(e), repr(e), e.args)
e = None
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    e
except NameError as ne:
    print("except target is deleted:", ne)
