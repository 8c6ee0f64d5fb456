# and/or return operands and short-circuit evaluation
log = []
def t(v):
    log.append(v)
    return v

print(t(0) and t(1), log); log.clear()
print(t(2) and t(3), log); log.clear()
print(t(0) or t(4), log); log.clear()
print(t(5) or t(6), log); log.clear()
print(t("") or t([]) or t(None), log); log.clear()
print(t(1) and t("x") and t([0]), log); log.clear()
print(t(0) or t(0) and t(7), log); log.clear()
print(not t(0) or t(8), log); log.clear()
x = None
print(x and x.attribute, (x or {}).get("k", "default"))
print([] or [1], [0] and "nonempty", (0, 0) and "tuple truthy")
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
def expensive():
    raise RuntimeError("should not be called")
print(True or expensive(), False and expensive())
values = [0, "", None, 3, "x"]
print([v for v in values if v], next((v for v in values if v), None))
print(all([]) and any([1]), any([]) or all([]))
a = b = 0
result = a or b or "all falsy"
print(result)
print(type(1 and 2.0).__name__, type(0 or "s").__name__)
