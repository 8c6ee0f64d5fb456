print("pkg_circular.a: start")
from . import b
A_VALUE = "a-value"

def use_b():
    return b.B_VALUE + " seen from a"
print("pkg_circular.a: end")
