# match: binding order and timing, subjects, guards, scopes
import collections
from collections import deque, OrderedDict, defaultdict, UserList, UserDict, Counter
import collections.abc as cabc

def binds(v):
    x = y = "unset"
    match v:
        case [x, 1]:
            return "first", x, y
        case [y, 2] if y > 10:
            return "second", x, y
        case _:
            return "none", x, y
print(binds([5, 1]), binds([5, 3]), binds([5, 2]), binds([50, 2]))

def rebind_subject(x):
    match x:
        case [x, *_] if False:
            pass
        case other:
            return other, x
print(rebind_subject([1, 2]))

def alternatives(v):
    match v:
        case [a, 1] | [1, a] | {"a": a}:
            return "alt", a
        case (b, c) | [c, b, _]:
            return "swap", b, c
    return None
for v in ([7, 1], [1, 8], {"a": 9}, (1, 2), [1, 2, 3], "xy"):
    print(alternatives(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def classes(v):
    match v:
        case bool(b):
            return "bool", b
        case int(i) if i > 100:
            return "big int", i
        case int(0 | 1 as small):
            return "tiny", small
        case float(f) | (complex() as f):
            return "number", f
        case str(s) | bytes(s):
            return "text", s
        case list([*items]) | tuple(items):
            return "seq", items
        case dict({"k": val}):
            return "dict k", val
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y=y2) if x == y2:
            return "diag", x
        case Point(y=y1, x=x1):
            return "point", x1, y1
        case object():
            return "object"
print([classes(v) for v in (True, 500, 1, 0, 2.5, 3j, "s", b"b", [1, 2], (3,), {"k": 1},
                            Point(0, 0), Point(2, 2), Point(1, 2), None, 7)])

def literals(v):
    match v:
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case -2.5: return "minus two and a half"
        case 1 + 2j: return "complex"
        case -1 - 2j: return "neg complex"
        case 3j: return "imag"
        case "a" "b": return "ab"
        case b"x": return "bytes x"
        case True: return "True"
        case False: return "False"
        case None: return "None"
        case 0: return "zero"
    return "?"
print([literals(v) for v in (-1, 1.5, -2.5, 1+2j, -1-2j, 3j, "ab", b"x", True, False, None, 0, 0.0, 1, 1.0, "x")])

def sequences(v):
    match v:
        case []: return "empty"
        case [_]: return "one"
        case [a, b, *rest] if not rest: return "two", a, b
        case [a, *mid, z]: return "many", a, mid, z
print([sequences(v) for v in ([], (), [1], (1, 2), range(5), deque([1, 2, 3]), UserList([4, 5, 6]),
                              "abc", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1]),
                              memoryview(b"abc"))])

class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class NotSeq:
    def __len__(self): return 2
    def __getitem__(self, i): return i
class MyStr(str): pass
class MyList(list): pass
class Registered: 
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
    def __iter__(self): return iter([0, 10])
cabc.Sequence.register(Registered)
print([sequences(v) for v in (MySeq(1, 2), MySeq(1, 2, 3, 4), NotSeq(), MyStr("ab"), MyList([1, 2]), Registered())])

def mappings(v):
    match v:
        case {"a": 1, **rest}: return "a1", rest
        case {"b": b, "c": c}: return "bc", b, c
        case {}: return "any mapping", type(v).__name__
        case _: return "not a mapping"
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
dd = defaultdict(list)
print([mappings(v) for v in ({"a": 1, "x": 2}, OrderedDict(a=1), {"b": 2, "c": 3}, dd,
                             Counter("aab"), MyMap({"a": 1, "z": 0}), UserDict(b=1, c=2),
                             [("a", 1)], "a", 5)])
print("defaultdict untouched:", dict(dd))

class Color:
    RED = 1
    GREEN = 2
    class Inner:
        BLUE = 3
def values(v):
    match v:
        case Color.RED: return "red"
        case Color.GREEN | Color.Inner.BLUE: return "green or blue"
    return "other"
print([values(v) for v in (1, 2, 3, 4)])

# module-level and class-level match, closures
match [1, (2, 3)]:
    case [one, (two, three)]:
        print("module", one, two, three)
class Holder:
    match {"k": "v"}:
        case {"k": kv}:
            found = kv
print(Holder.found)
def outer(v):
    match v:
        case [captured]:
            pass
    return lambda: captured
print(outer([42])())
def gen(items):
    for item in items:
        match item:
            case int(n):
                yield n * 2
            case str():
                continue
            case _:
                break
print(list(gen([1, "a", 2, None, 3])))
def nested_match(a, b):
    match a:
        case [x, y]:
            match b:
                case {"k": k} if k == x:
                    return "both", x, y, k
                case _:
                    return "outer only", x, y
    return "neither"
print(nested_match([1, 2], {"k": 1}), nested_match([1, 2], {"k": 3}), nested_match(1, 2))
