# Uncaught SyntaxError from exec() of a multi-line string
src = "x = 1\ny = (x +\n"
print("compiling")
exec(src)
