# Uncaught SyntaxError from exec() of a multi-line string
snippets = [
    "x = 1\ny = x + 1\n",
    "def g():\n    return 42\n",
    "x = 1\ny = (x +\n",
]
ns = {}
for i, src in enumerate(snippets):
    print("running snippet", i)
    exec(src, ns)
    print("  names:", sorted(k for k in ns if not k.startswith("__")))
print("not reached")
