# Class definition, instances, attributes, methods
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def speak(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self

d1 = Dog("rex")
d2 = Dog("fido", 5)
print(d1.speak(), d2.speak())
print(d1.birthday().birthday().age, d2.age)
print(Dog.count, d1.species, Dog.species)
d1.species = "own attribute"
print(d1.species, d2.species, Dog.species)
print(sorted(vars(d1).items()))
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Dog.speak(d2))
m = d2.speak
print(m(), m.__self__ is d2, m.__func__ is Dog.speak)
print(Dog.__dict__["species"], "speak" in Dog.__dict__)
print(Dog.__bases__, Dog.__base__)
d1.new_attr = [1]
print(d1.new_attr, hasattr(d2, "new_attr"))
print(repr(Dog), str(Dog))
class Empty:
    pass
e = Empty()
print(vars(e), Empty.__doc__, type(e).__name__)
class Documented:
    "A docstring."
print(Documented.__doc__)
