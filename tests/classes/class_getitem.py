# __class_getitem__ and generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"

print(Box[int], Box["x"], Box[3])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Registry:
    _by_key = {}
    def __class_getitem__(cls, key):
        return cls._by_key.setdefault(key, type(f"Registry_{key}", (cls,), {"key": key}))
A = Registry["a"]
print(A.__name__, A.key, Registry["a"] is A, issubclass(A, Registry))

alias = list[int]
print(alias, type(alias).__name__)
print(alias.__origin__, alias.__args__)
print(dict[str, list[int]])
print(tuple[int, ...], type[int])
print(alias([1, 2]), list[int]() == [])
print(isinstance([1], list), isinstance(list[int], type))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
class Inst:
    def __getitem__(self, k):
        return "instance getitem " + str(k)
    def __class_getitem__(cls, k):
        return "class getitem " + str(k)
print(Inst()[1], Inst[1])
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f.__annotations__)
