# IndentationError and TabError (compiled from strings)
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)

check("  x = 1")
check("if True:\nx = 1")
check("def f():\nreturn 1")
check("for i in range(3):\n    pass\n  print(i)")
check("if True:\n    x = 1\n      y = 2")
check("class C:\n\n")
check("while x:\n# only a comment\n")
check("try:\n    pass\nexcept:\npass")
check("if x:\n    pass\nelse:\n")
check("if True:\n\tx = 1\n        y = 2")
check("def f():\n    x = 1\n   return x")
check("with open(p) as f:\nf.read()")
check("if a:\n    pass\n elif b:\n    pass")
check("x = 1\n    y = 2")
check("def g():\n    '''doc'''\n  pass")
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
