# Errors when unpacking with * and ** in calls and displays
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

def f(*a, **k):
    return a, k

show("f(**[])", lambda: f(**[]))
show("f(**None)", lambda: f(**None))
show("f(**{1: 2})", lambda: f(**{1: 2}))
show("f(*None)", lambda: f(*None))
show("f(*5)", lambda: f(*5))
show("dup kw", lambda: f(a=1, **{"a": 2}))
show("dup ** twice", lambda: f(**{"x": 1}, **{"x": 2}))
show("{**[]}", lambda: {**[]})
show("{**None}", lambda: {**None})
show("[*None]", lambda: [*None])
show("(*1,)", lambda: (*1,))
show("{*1}", lambda: {*1})
class KeysOnly:
    def keys(self):
        return ["a"]
show("keys w/o getitem", lambda: f(**KeysOnly()))
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
show("non-str keys", lambda: f(**BadKeys()))
show("dict(**BadKeys())", lambda: dict(**BadKeys()))
show("{**BadKeys()}", lambda: {**BadKeys()})
def g(a, b):
    return a + b
show("g(*[1, 2, 3])", lambda: g(*[1, 2, 3]))
show("g(**{'a': 1})", lambda: g(**{"a": 1}))
show("g(**{'c': 1})", lambda: g(1, 2, **{"c": 1}))
show("ok", lambda: g(*[1], **{"b": 2}))
