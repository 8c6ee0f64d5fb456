# Caret line pointing at the operator of a failing binary operation
def describe(name, count):
    label = "item: " + name + " x" + count
    return label

print(describe("apple", "3"))
print(describe("pear", 4))
