# Errors raised while executing def statements: defaults, annotations, decorators
def show(label, src):
    try:
        exec(src, {})
        print(label, "ok")
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

show("default NameError", "def f(x=undefined_default):\n    pass")
show("default ZeroDiv", "def f(x=1/0):\n    pass")
show("annotation NameError", "def f(x: UndefinedType):\n    pass")
show("return annotation", "def f() -> Missing:\n    pass")
show("decorator NameError", "@no_such_decorator\ndef f():\n    pass")
show("decorator not callable", "@5\ndef f():\n    pass")
show("decorator raises", "def d(fn):\n    raise RuntimeError('decorator refused ' + fn.__name__)\n@d\ndef g():\n    pass")
show("class decorator", "@len\nclass C:\n    pass")
show("base NameError", "class C(MissingBase):\n    pass")
show("kw default order", "def f(*, a=[][0]):\n    pass")
show("lambda default", "f = lambda x=int('z'): x")
show("class attr ann", "class C:\n    x: Unknown = 1")
show("ok annotations str", "def f(x: 'Later') -> 'Later':\n    pass")
show("body not executed", "def f():\n    return undefined_in_body")
show("nested default", "def outer():\n    def inner(v=missing_name):\n        pass\nouter()")
