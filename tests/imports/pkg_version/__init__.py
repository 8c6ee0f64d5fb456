"""Package whose __init__ imports a submodule lazily through a function."""
__version__ = "2.3.1"

def load_extra():
    from . import extra
    return extra.FEATURE

def version_tuple():
    return tuple(int(p) for p in __version__.split("."))
