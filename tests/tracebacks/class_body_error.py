# Exception raised while executing a class body
print("defining classes")

def validate(value):
    if value < 10:
        raise ValueError(f"value {value} too small")

class Good:
    x = 100
    validate(x)

class Bad:
    items = [1, 2, 3]
    first = items[0]
    validate(first)

print("not reached")
