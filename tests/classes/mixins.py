# Mixin classes combined through multiple inheritance
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))
class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self._key() < other._key()
class SerializeMixin:
    def to_dict(self):
        return {"type": type(self).__name__, **vars(self)}
class Person(ReprMixin, EqMixin, ComparableMixin, SerializeMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def _key(self):
        return (self.age, self.name)
people = [Person("zed", 30), Person("amy", 25), Person("bob", 30)]
print(people)
print(sorted(people))
print(Person("amy", 25) == people[1], Person("amy", 26) == people[1], len(set(people + [Person("amy", 25)])))
print(people[0].to_dict())
print([c.__name__ for c in Person.__mro__])
class LoggingMixin:
    log = []
    def save(self):
        LoggingMixin.log.append(f"saving {self!r}")
        return super().save()
class Base:
    def save(self):
        return "saved"
class Record(LoggingMixin, ReprMixin, Base):
    def __init__(self, v):
        self.v = v
print(Record(1).save(), Record(2).save(), LoggingMixin.log)
