# SyntaxError through exec/eval/compile and compile() argument errors
def show(fn):
    try:
        r = fn()
        print("OK", r)
    except (SyntaxError, ValueError, TypeError) as e:
        if isinstance(e, SyntaxError):
            print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text))
        else:
            print(type(e).__name__, "|", e)

show(lambda: eval("x = 1"))
show(lambda: eval("import os"))
show(lambda: eval("1 +"))
show(lambda: eval(""))
show(lambda: eval("   "))
show(lambda: exec("def"))
show(lambda: exec("for"))
show(lambda: exec("x = 1\ny = (\nz = 3", {}))
show(lambda: compile("1 +", "myfile.py", "eval"))
show(lambda: compile("a = 1", "f", "eval"))
show(lambda: compile("a = 1\nb = 2", "f", "single"))
show(lambda: compile("x", "f", "badmode"))
show(lambda: compile(5, "f", "exec"))
show(lambda: compile("x", "f"))
show(lambda: eval("1 + 1", None, None))
show(lambda: eval(b"2 * 21"))
show(lambda: eval(5))
show(lambda: exec("return 5"))
show(lambda: exec("if True:\n    pass\n  else"))
show(lambda: eval("lambda: (yield)")().__class__.__name__)
show(lambda: compile("x = 1", "<s>", "exec").co_filename)
show(lambda: eval("\n\n1 2"))
show(lambda: exec("'''unterminated", {}))
show(lambda: compile("\x00", "nul", "exec"))
try:
    exec("x = (1,\n     2,\n     3")
except SyntaxError as e:
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, str(e))
try:
    compile("a b c", "name.py", "exec")
except SyntaxError as e:
    print(str(e), e.args[0], e.args[1])
