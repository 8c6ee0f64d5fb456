# __init_subclass__ hooks
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass

print(sorted(Plugin.registry))
print(Plugin.registry["b"] is Beta, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))

class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Strict):
    required = 1
try:
    class BadSub(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Unknown(Alpha, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counter:
    subclasses = 0
    def __init_subclass__(cls):
        Counter.subclasses += 1
class S1(Counter): pass
class S2(S1): pass
print(Counter.subclasses)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
