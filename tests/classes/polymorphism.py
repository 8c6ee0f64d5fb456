# Duck typing and polymorphic dispatch
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
print(sum(s.area() for s in shapes))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
class Mute:
    pass
for thing in [Duck(), Robot(), Mute()]:
    speak = getattr(thing, "speak", None)
    print(type(thing).__name__, speak() if speak else "(silent)")
print([type(s).__mro__[1].__name__ for s in shapes])
