# Exceptions are ordinary objects: stored, compared, passed around
errors = [ValueError("a"), TypeError("b"), ValueError("a")]
print(errors[0] == errors[2], errors[0] is errors[2], errors[0] == errors[0])
print([type(e).__name__ for e in errors])
by_type = {}
for e in errors:
    by_type.setdefault(type(e), []).append(str(e))
print({k.__name__: v for k, v in by_type.items()})

def collect(*fns):
    results = []
    for fn in fns:
        try:
            results.append(("ok", fn()))
        except Exception as e:
            results.append(("err", e))
    return results

res = collect(lambda: 1, lambda: 1 / 0, lambda: [][0], lambda: "x".upper())
for kind, val in res:
    print(kind, repr(val))
last_err = res[1][1]
try:
    raise last_err
except ZeroDivisionError as e:
    print("re-raised stored exception:", e is last_err)
exc_class = KeyError
try:
    raise exc_class("dynamic class")
except LookupError as e:
    print(repr(e))
print(isinstance(ValueError, type), issubclass(ValueError, object), ValueError.__name__)
factory = {"v": ValueError, "t": TypeError}
print(repr(factory["t"]("made by factory")))
