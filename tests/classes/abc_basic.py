# Abstract base classes with abc
from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} -> {self.run()}"

class Partial(Base):
    def run(self):
        return "running"

class Full(Partial):
    def name(self):
        return "full"

try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Full().describe())
print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__), Full.__abstractmethods__)
print(isinstance(Full(), Base), issubclass(Full, ABC))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))

class Registered(ABC):
    pass
Registered.register(tuple)
print(issubclass(tuple, Registered), isinstance((1,), Registered), issubclass(list, Registered))
