# Single inheritance and method overriding
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is a {self.kind} that says {self.sound()}"
    def sound(self):
        return "..."

class Cat(Animal):
    kind = "cat"
    def sound(self):
        return "meow"

class Lion(Cat):
    kind = "lion"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"

for a in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(a.describe())
print(Lion.__mro__)
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion("x", 1), Cat))
print(Lion.__bases__, Cat.__bases__, Animal.__bases__)
l = Lion("simba", "west")
print(vars(l))
print(Cat.__subclasses__())
print(Animal.sound(l), Cat.sound(l), Lion.sound(l))

class Base:
    def template(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Derived().template())
print(type(l).__mro__[1].__name__)
