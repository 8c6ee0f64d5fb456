# Imports inside functions and class bodies are local bindings
def use_math():
    import math
    return math.floor(2.7), "math" in locals()

print(use_math())
print("math" in globals())

def conditional_import(flag):
    if flag:
        from _helper_math import square as op
    else:
        from _helper_math import cube as op
    return op(3)
print(conditional_import(True), conditional_import(False))

class Holder:
    import _helper_math as hm
    value = hm.square(6)
print(Holder.value, Holder.hm.__name__, "hm" in globals())

def star_not_allowed():
    try:
        exec("def f():\n    from math import *")
    except SyntaxError as e:
        return e.msg
print(star_not_allowed())
def repeated_imports():
    import _helper_math
    first = _helper_math
    import _helper_math
    return first is _helper_math
print(repeated_imports())
