# An exception whose __str__ raises is still reported
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")

print("raising Broken")
raise Broken("payload")
