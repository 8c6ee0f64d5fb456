# __slots__ members read and written by the attribute caches in place:
# empty slots, deletion, subclasses, a class that replaces the member
# descriptor, and objects of several classes at one site.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Q(P):
    __slots__ = ("z",)


class D(P):
    pass  # has a __dict__ too


def read_x(o):
    return o.x


def read_y(o):
    return o.y


def set_y(o, v):
    o.y = v


ps = [P(i) for i in range(5)] + [Q(10), D(20)]
for _ in range(3):
    print([read_x(p) for p in ps])
for p in ps:
    try:
        read_y(p)
    except AttributeError as e:
        print("AttributeError:", e)
for i, p in enumerate(ps):
    set_y(p, i * i)
print([read_y(p) for p in ps])
del ps[0].y
try:
    read_y(ps[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ps[0].y
except AttributeError as e:
    print("AttributeError:", e)
d = ps[-1]
d.extra = 5
print(d.extra, d.__dict__)
try:
    ps[1].extra = 1
except AttributeError as e:
    print("AttributeError:", e)
# the class replaces its member: the caches see the new descriptor
saved = P.x
P.x = property(lambda self: "prop")
print([read_x(p) for p in ps[:2]], read_x(ps[5]))
P.x = saved
print([read_x(p) for p in ps[:3]])
q = Q(3)
q.z = "zed"
print(q.x, q.z, read_x(q))
set_y(q, [1, 2])
print(read_y(q))


class Mixed:
    __slots__ = ("a",)


m = Mixed()
print(hasattr(m, "a"), getattr(m, "a", "none"))
for v in (1, "s", None, [1]):
    m.a = v
    print(repr(m.a))
