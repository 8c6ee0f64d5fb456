# global at module level and in nested scopes
counter = 0
global counter2
counter2 = "module-level global statement is allowed"
print(counter2)

def increment():
    global counter
    counter += 1

for _ in range(5):
    increment()
print(counter)

def make_global(name, value):
    globals()[name] = value
make_global("dynamic_var", 99)
print(dynamic_var)

def outer():
    def inner():
        global counter
        counter = -1
    inner()
    return counter
print(outer(), counter)

class K:
    global from_class
    from_class = "set inside class body"
    x = counter
print(from_class, K.x)

def read_then_global():
    return counter * 2
print(read_then_global())
def shadows():
    counter = "local"
    return counter
print(shadows(), counter)
x = 10
def comprehension_global():
    global x
    x = [x for x in range(3)]
comprehension_global()
print(x)
