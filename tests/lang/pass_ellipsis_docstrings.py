# Statements that do nothing, and docstrings
def stub():
    pass

def also_stub():
    ...

class Empty:
    pass

class Doc:
    """Class docstring."""
    def method(self):
        """Method docstring."""
        return 1

def no_doc():
    x = 1
    """not a docstring: not the first statement"""
    return x

print(stub(), also_stub(), Empty.__doc__)
print(Doc.__doc__, Doc.method.__doc__, no_doc.__doc__)
print(__doc__)
if True:
    pass
else:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(...)
x = ...
print(x is Ellipsis, type(x).__name__, repr(...), str(Ellipsis))
def f(a, *args, **kwargs): ...
print(f(1, 2, k=3))
"a string statement on its own line"
42
None
print("still running")
