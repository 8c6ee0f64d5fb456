# ExceptionGroup and except* (Python 3.11)
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), len(eg.exceptions))
print([repr(e) for e in eg.exceptions])

try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))

try:
    raise ValueError("naked")
except* ValueError as g:
    print(type(g).__name__, repr(g.exceptions))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
