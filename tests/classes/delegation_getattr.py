# Delegation via __getattr__ to a wrapped object
class LoggedList:
    def __init__(self):
        self._data = []
        self._log = []
    def __getattr__(self, name):
        attr = getattr(self._data, name)
        if callable(attr):
            def wrapper(*args):
                self._log.append(f"{name}{args}")
                return attr(*args)
            return wrapper
        return attr
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(self._data)
ll = LoggedList()
ll.append(3)
ll.extend([1, 2])
ll.sort()
print(list(ll), len(ll), ll.count(1), ll.index(3))
print(ll._log)
try:
    ll.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
class ReadOnlyView:
    __slots__ = ("_target",)
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only view: cannot set {name}")
class Config:
    def __init__(self):
        self.debug = True
        self.level = 3
view = ReadOnlyView(Config())
print(view.debug, view.level)
try:
    view.level = 5
except AttributeError as e:
    print("AttributeError:", e)
