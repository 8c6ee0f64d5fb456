# match statement: sequence and star patterns
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [first, *middle, last]:
            return f"many: {first}..{last} mid={middle}"

for s in ([], [1], (1, 2), [1, 2, 3, 4], range(3)):
    print(shape(s))
print(shape("ab") if False else "strings are not sequences here")
match "ab":
    case [a, b]:
        print("matched str")
    case _:
        print("str not matched as sequence")

def cmd(command):
    match command.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [("north" | "south") as d, *_]:
            return "short " + d
        case _:
            return "?"
for c in ["go north", "pick up sword shield", "pick up", "exit", "south fast", ""]:
    print(repr(c), cmd(c))

match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
