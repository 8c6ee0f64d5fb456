# Default parameter values: evaluated once, at definition time
counter = 0
def next_val():
    global counter
    counter += 1
    return counter

def f(a, b=next_val(), c=next_val()):
    return a, b, c

print(f(0))
print(f(0))
print(counter)
print(f.__defaults__)

def append_to(item, lst=[]):
    lst.append(item)
    return lst

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
print(safe(1), safe(2))

x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))

def h(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, d=6, e=7))
print(h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (100,)
print(h(0, c=0))
