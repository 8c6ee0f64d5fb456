# Exception raised while executing a class body
print("defining classes")

class Good:
    x = 1

class Bad:
    items = [1, 2, 3]
    first = items[0]
    missing = undefined_helper(first)

print("not reached")
