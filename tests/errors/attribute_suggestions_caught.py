# AttributeError/NameError caught: str(e) has no "Did you mean" suggestion (that is traceback-only)
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
c = Config()
try:
    c.timout
except AttributeError as e:
    print(type(e).__name__, "|", e, "|", e.name, "|", type(e.obj).__name__)
try:
    c.retry
except AttributeError as e:
    print(type(e).__name__, "|", e)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(type(e).__name__, "|", e, "|", e.name)
values = [1, 2]
try:
    valeus
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    lenn(values)
except NameError as e:
    print(type(e).__name__, "|", e)
try:
    values.apend(3)
except AttributeError as e:
    print(type(e).__name__, "|", e)
try:
    "abc".uper()
except AttributeError as e:
    print(type(e).__name__, "|", e)
def f():
    local_value = 1
    return local_valu
try:
    f()
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)
