# Attributes of function objects
def sample(a, b=2, *c, d, e=5, **f):
    """Docstring here."""
    local = a + b
    return local

print(sample.__name__)
print(sample.__qualname__)
print(sample.__doc__)
print(sample.__module__)
print(sample.__defaults__)
print(sample.__kwdefaults__)
print(sample.__code__.co_argcount, sample.__code__.co_kwonlyargcount)
print(sample.__code__.co_name)
print(sample.__code__.co_varnames[:6])

sample.custom = "attr"
print(sample.custom, sample.__dict__)

class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__)
print(K().method().__qualname__)

def no_doc():
    pass
print(no_doc.__doc__)

sample.__name__ = "renamed"
print(sample.__name__, sample.__qualname__)
print(callable(sample), type(sample).__name__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(sample.__globals__ is globals())
