# Non-data descriptors are shadowed by instance attributes
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value  # cache: shadows the descriptor
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
print(c.area)
print(c.__dict__)
print(type(Circle.area).__name__)

class Method:
    def __get__(self, obj, objtype=None):
        return lambda: f"bound to {type(obj).__name__ if obj is not None else None} via {objtype.__name__}"
class K:
    m = Method()
print(K().m())
print(K.m())
k = K()
k.m = lambda: "instance attribute wins"
print(k.m())

def plain(self):
    return "plain function " + type(self).__name__
bound = plain.__get__(K(), K)
print(bound(), type(bound).__name__)
print(plain.__get__(None, K) is plain)
class Uses:
    f = plain
print(Uses().f(), Uses.f(Uses()))
print(hasattr(plain, "__get__"), hasattr(plain, "__set__"))
