# match: compile-time SyntaxErrors and run-time errors of patterns
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("OK")
    except SyntaxError as e:
        print("SyntaxError |", e.msg, "|", e.lineno, e.offset)

check("match x:\n    case y:\n        pass\n    case 1:\n        pass")
check("match x:\n    case _:\n        pass\n    case 1:\n        pass")
check("match x:\n    case y if y:\n        pass\n    case 1:\n        pass")
check("match x:\n    case (y):\n        pass\n    case z:\n        pass")
check("match x:\n    case y | 1:\n        pass")
check("match x:\n    case 1 | _:\n        pass\n    case 2:\n        pass")
check("match x:\n    case [a, a]:\n        pass")
check("match x:\n    case [a, *a]:\n        pass")
check("match x:\n    case {'k': a, **a}:\n        pass")
check("match x:\n    case [a] | [b]:\n        pass")
check("match x:\n    case [a, b] | [a]:\n        pass")
check("match x:\n    case (a | a) as a:\n        pass")
check("match x:\n    case [a, (1 | 2) as a]:\n        pass")
check("match x:\n    case [*a, *b]:\n        pass")
check("match x:\n    case {'a': 1, 'a': 2}:\n        pass")
check("match x:\n    case {1: 1, 1.0: 2}:\n        pass")
check("match x:\n    case {f'a': 1}:\n        pass")
check("match x:\n    case f'a':\n        pass")
check("match x:\n    case C(a=1, a=2):\n        pass")
check("match x:\n    case C(__debug__=1):\n        pass")
check("match x:\n    case __debug__:\n        pass")
check("match x:\n    case _ as y:\n        pass\n    case 1:\n        pass")
check("match x:\n    case [x] as y:\n        pass\n    case 1:\n        pass")
check("match x:\n    case -1 + 1j | 1 - 1j:\n        pass")
check("def f():\n    match x:\n        case [y]:\n            return y\n        case _:\n            pass")

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<24}", type(e).__name__, e)

class A:
    k1 = "same"
    k2 = "same"
class P:
    __match_args__ = ("x", 1)
    x = 0
class Q:
    __match_args__ = ("x", "x")
    x = 0
class R:
    __match_args__ = ("x",)
    x = 0
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
class Any(metaclass=Meta):
    __match_args__ = ("real",)
def dupkeys(v):
    match v:
        case {A.k1: 1, A.k2: 2}:
            return "matched"
def nonstr(v):
    match v:
        case P(a, b):
            return a, b
def twice(v):
    match v:
        case Q(a, b):
            return a, b
def kw_twice(v):
    match v:
        case R(a, x=b):
            return a, b
def self_match(v):
    match v:
        case int(a, b):
            return a
def unhashable(v):
    match v:
        case {A.k1: 1}:
            return "?"
def anyclass(v):
    match v:
        case Any(r):
            return r
def bad_len(v):
    match v:
        case [a, b]:
            return a
class BadLen(list):
    def __len__(self):
        raise RuntimeError("no len")
def class_attr_raises(v):
    match v:
        case Boom(x=1):
            return "?"
class Boom:
    @property
    def x(self):
        raise KeyError("boom")
show("duplicate keys", lambda: dupkeys({"same": 1, "other": 2}))
show("non-str match args", lambda: nonstr(P()))
show("same attr twice", lambda: twice(Q()))
show("kw repeats positional", lambda: kw_twice(R()))
show("int takes one", lambda: self_match(5))
A.k1 = []
show("unhashable key", lambda: unhashable({"a": 1}))
show("metaclass isinstance", lambda: anyclass(3.5))
show("__len__ raises", lambda: bad_len(BadLen([1, 2])))
show("attribute raises", lambda: class_attr_raises(Boom()))
show("attr error -> no match", lambda: class_attr_raises(object()))
