# SyntaxError from compile() uses the given filename
source = "def f(:\n    pass\n"
print("compiling with a custom filename")
compile(source, "generated_module.py", "exec")
