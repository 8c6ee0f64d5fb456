# Uncaught exception with several args prints the args tuple
def fail():
    raise ValueError("bad value", 42, [1, 2])
print("calling fail")
fail()
