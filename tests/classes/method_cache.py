# LOAD_METHOD's inline cache: every change that must invalidate it does.


class A:
    def f(self):
        return "A.f"

    def g(self, x):
        return ("A.g", x)


class B(A):
    def f(self):
        return "B.f"


def call_f(o):
    return o.f()


objs = [A(), B(), A()]
# warm the site, then change things under it
for _ in range(3):
    print([call_f(o) for o in objs])

# replace the method on the class
A.f = lambda self: "new A.f"
print([call_f(o) for o in objs])

# an instance attribute shadows the method
a = A()
print(call_f(a))
a.f = lambda: "instance f"
print(call_f(a))
del a.f
print(call_f(a))

# shadow through __dict__ directly
a.__dict__["f"] = lambda: "via __dict__"
print(call_f(a))
a.__dict__.clear()
print(call_f(a))

# delete from the class: B still has its own, A raises AttributeError
del A.f
try:
    call_f(A())
except AttributeError as e:
    print("AttributeError:", e)
print(call_f(B()))


# change __class__ of an instance under a warm site
class C:
    def f(self):
        return "C.f"


c = C()
print(call_f(c))
c.__class__ = B
print(call_f(c))


# builtin methods: list.append cached, then a subclass overrides it
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def add(lst, x):
    lst.append(x)
    return lst


for lst in ([], MyList(), []):
    for i in range(3):
        add(lst, i)
    print(type(lst).__name__, lst)

# calling a method descriptor with the wrong self type
try:
    list.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [].pop(x=1)
except TypeError as e:
    print("TypeError:", e)


# a staticmethod/classmethod at a warm site
class D:
    @staticmethod
    def f():
        return "static"


class E:
    @classmethod
    def f(cls):
        return "class " + cls.__name__


for o in (D(), E(), D(), A()):
    try:
        print(call_f(o))
    except AttributeError as e:
        print("AttributeError:", e)


# a method name that is also a key of an instance dict with int keys
class F:
    def f(self):
        return "F.f"


x = F()
for i in range(100):
    x.__dict__[i] = i
print(call_f(x))
x.__dict__["f"] = lambda: "shadowed among many"
print(call_f(x))
