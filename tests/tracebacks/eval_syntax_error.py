# Uncaught SyntaxError from eval() shows the <string> location and caret
expressions = ["1 + 2", "3 * (4 - 1)", "2 ** 10", "5 +* 2", "7"]
results = {}
for e in expressions:
    print("evaluating", repr(e))
    results[e] = eval(e)
    print("  =", results[e])
print("not reached", results)
