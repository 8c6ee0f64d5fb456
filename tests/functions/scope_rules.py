# LEGB name resolution
x = "global"

def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())

def builtins_shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(builtins_shadow(), len("abc"))

def class_scope():
    y = "func"
    class C:
        y = "class"
        z = y  # class body sees its own y
        def m(self):
            return y  # methods skip class scope
    return C.z, C().m()
print(class_scope())

def comprehension_scope():
    i = "outer i"
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())

def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
unbound()

def deleted():
    a = 1
    del a
    try:
        a
    except NameError as e:
        print(type(e).__name__, e)
deleted()

n = 0
def loop_var():
    for n in range(3):
        pass
    return n
print(loop_var(), n)
def reads_later_assigned():
    def inner():
        return later
    later = "bound after def"
    return inner()
print(reads_later_assigned())
