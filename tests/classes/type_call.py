# Creating classes dynamically with type(name, bases, ns)
def greet(self):
    return f"hi, I am {self.name}"

Person = type("Person", (), {"greet": greet, "species": "human",
                             "__init__": lambda self, n: setattr(self, "name", n)})
p = Person("ann")
print(p.greet(), Person.species, Person.__name__, type(Person))
print(Person.__bases__, Person.__mro__)

Student = type("Student", (Person,), {"school": "MIT"})
s = Student("bob")
print(s.greet(), s.school, isinstance(s, Person))
print([c.__name__ for c in Student.__mro__])

print(type(5), type("s"), type([]), type(type), type(object))
print(type(p) is Person, type(Student) is type)

Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__qualname__, Empty.__module__)
e = Empty()
e.x = 1
print(vars(e))

try:
    type("Bad", (5,), {})
except TypeError as ex:
    print("TypeError:", ex)
try:
    type("A", "B")
except TypeError as ex:
    print("TypeError:", ex)
Dyn = type("Dyn", (dict,), {"get_a": lambda self: self["a"]})
print(Dyn(a=5).get_a())
C = type("C", (), {"__doc__": "docs", "x": property(lambda self: 42)})
print(C.__doc__, C().x)
print(type.__name__, type(type).__name__)
