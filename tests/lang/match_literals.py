# match statement: literal, capture, wildcard, or-patterns, guards
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "float"
        case _:
            return "other"

for v in [0, 2, "hello", None, True, -5, 2.5, 100, "x"]:
    print(repr(v), "->", describe(v))

def status(code):
    match code:
        case 200 | 201 as c:
            return f"ok {c}"
        case 404:
            return "not found"
        case c if 500 <= c < 600:
            return "server error"
    return "unknown"
print([status(c) for c in (200, 201, 404, 503, 302)])
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match -3:
    case -3:
        print("negative literal")
