# SyntaxError from compile() uses the given filename in the traceback
sources = {
    "good_module.py": "def f(x):\n    return x * 2\n",
    "also_good.py": "values = [1, 2, 3]\n",
    "generated_module.py": "def f(:\n    pass\n",
}
for name, source in sources.items():
    print("compiling", name)
    compile(source, name, "exec")
    print("  ok:", name)
print("not reached")
