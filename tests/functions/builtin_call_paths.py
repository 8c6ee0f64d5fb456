# Builtin functions and C methods called with 0-2 arguments from the eval
# loop's direct paths: results, argument errors, exceptions raised inside,
# keyword calls (general path) and frames the callee inspects.
import sys

s = "hello"
lst = [3, 1, 2]
d = {"a": 1}
print(len(s), abs(-4), min(3, 1), max(lst), isinstance(s, str), hash(1), repr(s))
print(sorted(lst), divmod(7, 2), pow(2, 10), round(2.5), getattr(s, "upper")())
print(d.get("a"), d.get("b"), d.get("b", 0), lst.index(2), s.find("l"), s.split())
for bad in (lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs("x"),
            lambda: d.get(), lambda: d.get(1, 2, 3), lambda: lst.index(9),
            lambda: s.find(), lambda: isinstance(1), lambda: divmod(1, 0),
            lambda: d.pop("zz"), lambda: lst.append()):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(lst, reverse=True), int("12", base=8), s.split(sep="l"), print("kw", end="!\n"))


def caller_line():
    return sys._getframe(1).f_lineno


print(list(map(lambda x: caller_line(), [1])), caller_line())
print(max([1, 5, 2], key=lambda v: -v), min("bca"), sum([1, 2, 3]), any([]), all([]))
