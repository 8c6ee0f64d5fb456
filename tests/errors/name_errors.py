# NameError and UnboundLocalError messages
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)

show(lambda: undefined_variable)
show(lambda: print(also_undefined))
show(lambda: Undefined.attr)
def use_before_assign():
    print(x)
    x = 1
show(use_before_assign)
def augmented():
    counter += 1
    counter = 0
show(augmented)
def deleted():
    y = 1
    del y
    return y
show(deleted)
def closure():
    def inner():
        return z
    result = inner
    return result
def free_var_unbound():
    def inner():
        return late
    try:
        return inner()
    finally:
        late = 1
show(free_var_unbound)
def del_unbound():
    del never_bound_local
    never_bound_local = 1
show(del_unbound)
show(lambda: exec("print(not_in_exec_globals)", {}))
show(lambda: eval("q + 1", {"p": 1}))
class K:
    a = 1
    def m(self):
        return a
show(lambda: K().m())
g_del = 1
del g_del
show(lambda: g_del)
show(lambda: __undefined_dunder__)
def builtin_shadow():
    len = len
show(builtin_shadow)
print(issubclass(UnboundLocalError, NameError))
try:
    nope
except NameError as e:
    print(e.name if hasattr(e, "name") else "", e.args)
