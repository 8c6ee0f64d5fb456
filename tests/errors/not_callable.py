# Calling objects that are not callable
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

show(lambda v=5: v())
show(lambda v="str": v())
show(lambda v=None: v())
show(lambda v=[1, 2]: v())
show(lambda v=(1,): v())
show(lambda v={"a": 1}: v())
show(lambda v=1.5: v())
class C:
    pass
show(lambda: C()())
x = 10
show(lambda: x(1, 2))
d = {"f": 1}
show(lambda: d["f"]())
class HasAttr:
    value = 3
show(lambda: HasAttr().value())
show(lambda: HasAttr.value())
import math
show(lambda: math.pi())
def returns_none():
    return None
show(lambda: returns_none()())
show(lambda: (lambda: 0)()())
show(lambda v=True: v())
show(lambda v=b"bytes": v())
class CallNone:
    __call__ = None
show(lambda: CallNone()())
