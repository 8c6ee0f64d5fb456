# globals()/locals() interaction with exec and eval
x = 10
def f():
    y = 20
    loc = locals()
    print(sorted(loc), loc["y"])
    print(eval("x + y"))
    exec("z = x + y")
    print("z" in locals())
    namespace = {}
    exec("w = x * 2", globals(), namespace)
    print(namespace)
f()
g = {"a": 1}
l = {"b": 2}
exec("c = a + b", g, l)
print(sorted(l), "c" in g)
exec("def fn():\n    return a\nres = fn()", g)
print(g["res"], "fn" in g)
print(eval("locals()", {"q": 1}, {"r": 2}))
print(sorted(k for k in eval("globals()", {"q": 1}) if k != "__builtins__"))
class K:
    attr = 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
print(K.seen)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
code = compile("total = sum(range(n))", "<calc>", "exec")
ns = {"n": 10}
exec(code, ns)
print(ns["total"])
