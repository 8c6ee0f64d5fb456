# classmethod and staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 1, 1).is_leap(2024))
d = Date(2020, 1, 1)
print(d.from_string("2021-03-04"))

class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
class Sub(Counter):
    instances = 0
Counter(); Counter(); Sub()
print(Counter.how_many(), Sub.how_many())

print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(2024), callable(sm))
cm = Date.__dict__["from_string"]
print(cm.__func__.__name__)
bound = Date.from_string
print(bound.__self__ is Date)
