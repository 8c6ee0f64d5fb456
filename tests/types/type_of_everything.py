# type(x).__name__ for many kinds of objects
import sys
def gen():
    yield
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
objs = [1, 1.0, 1j, True, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
        slice(1), None, ..., NotImplemented, len, C, C(), C().m, C.m, C.s, C.c, gen(),
        (x for x in []), iter([]), iter(()), iter({}), iter(set()), iter(range(0)),
        {}.keys(), {}.values(), {}.items(), reversed([]), enumerate([]), zip(), map(len, []),
        filter(None, []), sys, type, object(), Exception(), property(), super, lambda: 0,
        memoryview(b""), [].append]
for o in objs:
    print(type(o).__name__)
print(len(objs))
