# Conditional (ternary) expressions
def sign(x):
    return "+" if x > 0 else "-" if x < 0 else "0"
print([sign(v) for v in (-2, 0, 7)])

calls = []
def t(v):
    calls.append(v)
    return v
r = t("yes") if t(True) else t("no")
print(r, calls)
calls.clear()
r = t("yes") if t(0) else t("no")
print(r, calls)

print((1 if True else 2) + 10)
print([x if x % 2 else -x for x in range(6)])
print({k: ("odd" if k % 2 else "even") for k in range(4)})
f = (lambda: "a") if len("xy") == 2 else (lambda: "b")
print(f())
nested = "A" if 1 > 2 else "B" if 2 > 3 else "C" if 3 > 4 else "D"
print(nested)
x = None
print(x if x is not None else "default")
print("" or "fallback", 0 or None, [] and "x", 1 and 2 and 3, 0 or 0.0 or "last")
a = [] or {} or ()
print(repr(a))
print(not 0, not "s", not [], (not 1) == False)
