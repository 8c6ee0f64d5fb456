# Uncaught SyntaxError from eval() shows the <string> location and caret
expressions = ["1 + 2", "3 * (4 - 1)", "5 +* 2"]
for e in expressions:
    print(e, "=", eval(e))
