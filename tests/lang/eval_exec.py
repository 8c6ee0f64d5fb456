# eval/exec/compile with globals and locals dicts
print(eval("1 + 2 * 3"))
g = {"x": 10}
print(eval("x * 2", g))
print(eval("x + y", g, {"y": 5}))
l = {}
exec("a = 1\nb = a + 1", g, l)
print(sorted(l.items()), "a" in g)
exec("z = x * 3", g)
print(g["z"], "__builtins__" in g)

code = compile("result = [i * i for i in range(5)]", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["result"])
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr))
single = compile("40 + 2", "<single>", "single")
print(type(single).__name__, single.co_filename)

src = """
def helper(n):
    return n + offset
out = helper(1)
"""
env = {"offset": 100}
exec(src, env)
print(env["out"], env["helper"](5))

def f():
    loc = {"q": 7}
    exec("q = q + 1; w = q * 2", {}, loc)
    return loc
print(f())
print(eval("len('abc')", {"__builtins__": __builtins__}))
print(eval("[k for k in 'ab']"))
print(exec("1 + 1"))
print(eval("  3 + 4  "), eval("(lambda v: v * v)(9)"))
mod_like = {}
exec("import math\nsq = math.sqrt(16)", mod_like)
print(mod_like["sq"])
