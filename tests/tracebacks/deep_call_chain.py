# A traceback through many distinct functions
def f1(x):
    f2(x + 1)

def f2(x):
    f3(x * 2)

def f3(x):
    f4(x - 3)

def f4(x):
    f5(str(x))

def f5(s):
    f6(s + "!")

def f6(s):
    raise RuntimeError("reached the bottom with " + s)

print("calling f1")
f1(1)
