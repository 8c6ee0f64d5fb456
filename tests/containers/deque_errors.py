# collections.deque: the exceptions and messages of bad calls, as CPython's.
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


class Idx:
    def __index__(self):
        return 1


attempt("maxlen str", lambda: deque([], "a"))
attempt("maxlen float", lambda: deque([], 1.5))
attempt("maxlen __index__", lambda: deque([], Idx()))
attempt("maxlen negative", lambda: deque([], -1))
attempt("maxlen huge", lambda: deque([], 2 ** 70))
attempt("bad keyword", lambda: deque(maxlen=3, foo=1))
attempt("too many", lambda: deque(1, 2, 3))
attempt("not iterable", lambda: deque(5))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
d = deque([1, 2, 3])
attempt("index past end", lambda: d[3])
attempt("index before start", lambda: d[-4])
attempt("index huge", lambda: d[2 ** 70])
attempt("index slice", lambda: d[1:2])
attempt("index str", lambda: d["a"])
attempt("index float", lambda: d[1.0])
attempt("index __index__", lambda: d[Idx()])
attempt("index bool", lambda: d[True])


def setitem(k, v):
    d[k] = v


def delitem(k):
    del d[k]


attempt("set past end", lambda: setitem(3, 0))
attempt("set slice", lambda: setitem(slice(0, 1), [0]))
attempt("set None", lambda: setitem(None, 0))
attempt("del past end", lambda: delitem(-4))
attempt("del slice", lambda: delitem(slice(None)))
attempt("remove missing", lambda: d.remove(7))
attempt("remove missing str", lambda: d.remove("x"))
attempt("index missing", lambda: d.index(7))
attempt("index missing in range", lambda: d.index(1, 1))
attempt("index stop before start", lambda: d.index(3, 0, -1))
attempt("index bad start", lambda: d.index(1, "a"))
attempt("index None start", lambda: d.index(1, None))
attempt("index no args", lambda: d.index())
attempt("index 4 args", lambda: d.index(1, 2, 3, 4))
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("insert maxlen 0", lambda: deque(maxlen=0).insert(0, 2))
attempt("insert 1 arg", lambda: d.insert(1))
attempt("insert 3 args", lambda: d.insert(1, 2, 3))
attempt("insert str index", lambda: d.insert("a", 1))
attempt("insert huge index", lambda: d.insert(2 ** 70, 1))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate float", lambda: d.rotate(1.5))
attempt("rotate huge", lambda: d.rotate(2 ** 80))
attempt("rotate 2 args", lambda: d.rotate(1, 2))
attempt("append no args", lambda: d.append())
attempt("append keyword", lambda: d.append(x=1))
attempt("appendleft 2 args", lambda: d.appendleft(1, 2))
attempt("pop with arg", lambda: d.pop(0))
attempt("popleft with arg", lambda: d.popleft(0))
attempt("count no args", lambda: d.count())
attempt("extend no args", lambda: d.extend())
attempt("extend int", lambda: d.extend(5))
attempt("extendleft None", lambda: d.extendleft(None))
attempt("remove no args", lambda: d.remove())
attempt("clear arg", lambda: d.clear(1))
attempt("concat list", lambda: d + [1])
attempt("concat int", lambda: d + 5)
attempt("concat tuple", lambda: d + (1,))
attempt("iadd int", lambda: d.__iadd__(5))
attempt("mul str", lambda: d * "a")
attempt("mul float", lambda: d * 1.5)
attempt("mul huge", lambda: d * (2 ** 80))
attempt("mul too big", lambda: deque([1, 2, 3]) * (2 ** 62))
attempt("mul maxlen caps", lambda: deque([1, 2, 3], 1) * (2 ** 62))
attempt("mul empty", lambda: deque() * (2 ** 62))
attempt("hash", lambda: hash(deque()))
attempt("hash in set", lambda: {deque()})
attempt("maxlen assign", lambda: setattr(d, "maxlen", 4))
attempt("maxlen delete", lambda: delattr(d, "maxlen"))
attempt("eq list", lambda: deque([1]) == [1])
attempt("ne list", lambda: deque([1]) != [1])
attempt("eq None", lambda: deque() == None)
attempt("lt mixed items", lambda: deque([1, "a"]) < deque([1, 2]))
print(d)


class Weird(deque):
    def __new__(cls, *args):
        return 5


attempt("copy of odd subclass", lambda: deque.copy(deque.__new__(Weird)))
it_type = type(iter(deque()))
attempt("iterator of a list", lambda: it_type([1, 2]))
attempt("iterator index str", lambda: it_type(deque(), "a"))
attempt("new ignores arguments", lambda: deque.__new__(deque, 1, 2, 3))
