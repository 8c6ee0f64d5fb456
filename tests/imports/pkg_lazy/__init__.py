"""Package with a module-level __getattr__ and __dir__ (PEP 562)."""
_lazy = {"answer": 42, "greeting": "hello"}

def __getattr__(name):
    if name in _lazy:
        return _lazy[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return sorted(list(_lazy) + ["real_function"])

def real_function():
    return "real"
