"""Helper module for import tests (not a test itself)."""
print("_helper_math: executing module body")

PI_ISH = 3.14
_private_value = "hidden"
__all__ = ["square", "cube", "PI_ISH"]

def square(x):
    return x * x

def cube(x):
    return x * x * x

def _internal():
    return "internal"

def where():
    return __name__

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

if __name__ == "__main__":
    print("_helper_math run as a script")
