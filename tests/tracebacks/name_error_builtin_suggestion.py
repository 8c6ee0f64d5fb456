# NameError suggesting a builtin name
items = ["a", "b"]
print(len(items))
def show(seq):
    for x in seq:
        prnt(x)
show(items)
