# Metaclasses with __new__, __init__ and __call__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

class Base(metaclass=Meta):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v

class Child(Base, flag=1):
    def method(self):
        pass

b = Child(5)
print(b.v, b.created_by_meta, Child.added_by_meta)
print(type(Child).__name__, isinstance(Child, Meta), type(b).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
