# Uncaught exception with no arguments prints only the type name
class Empty(Exception):
    pass

def check(flag):
    if not flag:
        raise Empty
print("check(True)")
check(True)
print("check(False)")
check(False)
