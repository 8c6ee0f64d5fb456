# if / elif / else and truthiness of many values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(v) for v in (-5, 0, 3, 10, 1000)])

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0},
          set(), {0}, None, True, False, 0j, 1j, range(0), range(1), b"", b"\0"]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if not x:
    print("not reached")
else:
    print("else branch")
if x == 5: print("one-line if")
if x and not None and (x or 0):
    print("compound")
