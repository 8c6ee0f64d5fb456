exec(compile("1+2\n", "<s>", "single"))
print(eval(compile("[i*i for i in range(4)]", "<e>", "eval")))
co = compile("def f(a, b=1, *c, d, **e):\n    'doc'\n    x = a\n    def g(): return x\n    return g\n", "<c>", "exec")
ns = {}
exec(co, ns)
f = ns["f"]
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_cellvars, c.co_freevars, f.__doc__)
g = f(1, d=2)
print(g.__code__.co_freevars, g(), g.__qualname__)
print(c.co_flags & 0x3f)
def gen(): yield
print(gen.__code__.co_flags & 0x20, (lambda: 0).__doc__, gen.__code__.co_firstlineno)
@staticmethod
def decorated():
    pass
print(decorated.__func__.__code__.co_firstlineno)
