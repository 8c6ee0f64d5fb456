print("pkg_circular.b: start")
from . import a
B_VALUE = "b-value"

def use_a():
    return a.A_VALUE + " seen from b"
print("pkg_circular.b: end, a has A_VALUE:", hasattr(a, "A_VALUE"))
