# Uncaught exception with several args prints the args tuple
def check(value, allowed):
    if value not in allowed:
        raise ValueError("bad value", value, sorted(allowed))
    return value

allowed = {1, 2, 42}
for v in [1, 42, 2]:
    print("checked", check(v, allowed))
print("calling check with a bad value")
check(7, allowed)
