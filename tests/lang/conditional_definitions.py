# Functions and classes defined conditionally and redefined
import sys
if sys.maxsize > 2 ** 32:
    def word_size():
        return 64
else:
    def word_size():
        return 32
print(word_size())

def greet():
    return "first"
print(greet())
def greet():
    return "second"
print(greet())

class Config:
    debug = False
for flag in (True, False):
    if flag:
        class Mode:
            name = "on"
    else:
        class Mode:
            name = "off"
    print(Mode.name)

def factory(kind):
    if kind == "square":
        def fn(x):
            return x * x
    elif kind == "neg":
        fn = lambda x: -x
    else:
        fn = None
    return fn
print(factory("square")(4), factory("neg")(4), factory("other"))
try:
    undefined_yet()
except NameError as e:
    print("NameError:", e)
def undefined_yet():
    return "defined now"
print(undefined_yet())
funcs = {}
for name in ["a", "b"]:
    def make(n=name):
        return n * 2
    funcs[name] = make
print(funcs["a"](), funcs["b"]())
