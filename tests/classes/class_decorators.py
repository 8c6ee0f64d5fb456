# Class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def singleton(cls):
    instance = cls()
    return lambda: instance

@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, 2), registry)

@singleton
class Settings:
    def __init__(self):
        print("Settings created")
        self.debug = False
print(Settings() is Settings(), Settings().debug)

def with_counter(start):
    def deco(cls):
        cls.counter = start
        orig_init = cls.__init__
        def __init__(self, *a, **k):
            type(self).counter += 1
            orig_init(self, *a, **k)
        cls.__init__ = __init__
        return cls
    return deco

@with_counter(100)
class Widget:
    def __init__(self, name):
        self.name = name
w1, w2 = Widget("a"), Widget("b")
print(Widget.counter, w2.name)

import functools
@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(Score(1) <= Score(2), Score(3) >= Score(2), Score(1) > Score(2))
