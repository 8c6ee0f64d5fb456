# nonlocal and global statements
g = 0

def set_global():
    global g
    g = 42

set_global()
print(g)

def define_new_global():
    global brand_new
    brand_new = "created"

define_new_global()
print(brand_new)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            nonlocal x
            x *= 10
        innermost()
    inner()
    return x

print(outer())

def shadow():
    g = "local"
    def inner():
        global g
        return g
    return g, inner()
print(shadow())

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down

up, down = counter_pair()
print(up(), up(), down(), up())

x = "module"
def read_only():
    return x
print(read_only())

def local_shadow():
    x = "mine"
    return x
print(local_shadow(), x)
