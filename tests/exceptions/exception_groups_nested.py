# Nested exception groups, split/subgroup/derive and except* with multiple handlers
inner = ExceptionGroup("inner", [ValueError(1), KeyError(2)])
outer = ExceptionGroup("outer", [inner, TypeError(3), ValueError(4)])
print(repr(outer))
match, rest = outer.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(outer.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(outer.subgroup(lambda e: False))
def flatten(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e
print([repr(e) for e in flatten(outer)])
try:
    raise outer
except* ValueError as g:
    print("ValueError part:", repr(g))
except* KeyError as g:
    print("KeyError part:", repr(g))
except* TypeError as g:
    print("TypeError part:", repr(g))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError("v"), OSError("o")])
m, r = mg.split(OSError)
print(type(m).__name__, repr(m), repr(r))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in except*")
except ExceptionGroup as e:
    print("wrapped:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("bare KeyError:", repr(e))
