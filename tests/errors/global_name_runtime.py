# NameError at runtime for globals that were declared but never bound
def declare_only():
    global declared_but_never_set
    return declared_but_never_set

def set_later():
    global set_in_function
    set_in_function = "now set"

try:
    declare_only()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(set_in_function)
except NameError as e:
    print(type(e).__name__, e)
set_later()
print(set_in_function)
def uses_deleted_global():
    global temp
    temp = 1
    del temp
    return temp
try:
    uses_deleted_global()
except NameError as e:
    print(type(e).__name__, e)
def nonlocal_deleted():
    x = 1
    def inner():
        nonlocal x
        del x
        return x
    return inner()
try:
    nonlocal_deleted()
except NameError as e:
    print(type(e).__name__, e)
def closure_unset():
    def inner():
        return captured
    try:
        return inner()
    finally:
        captured = "later"
try:
    closure_unset()
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("print(name_in_exec)", {"__builtins__": {"print": print}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("len([1])", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
