# Errors involving closures, cells and nonlocal state
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

def outer_unassigned():
    def inner():
        return value
    r = inner()
    value = 1
    return r
show("free var before set", outer_unassigned)
def outer_deleted():
    value = 1
    def inner():
        return value
    del value
    return inner()
show("free var deleted", outer_deleted)
def nonlocal_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = nonlocal_counter()
show("nonlocal ok", lambda: (inc(), inc()))
def assign_without_nonlocal():
    total = 0
    def add():
        total += 1
    add()
show("missing nonlocal", assign_without_nonlocal)
def closure_cell_contents():
    x = "cell value"
    f = lambda: x
    return f.__closure__[0].cell_contents
show("cell_contents", closure_cell_contents)
def empty_cell():
    def f():
        return y
    cell = f.__closure__[0]
    try:
        return cell.cell_contents
    finally:
        y = 0
show("empty cell", empty_cell)
show("no closure", lambda: (lambda: 0).__closure__)
