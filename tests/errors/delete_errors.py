# Errors from the del statement
def show(src):
    try:
        exec(src, {"d": {"a": 1}, "l": [1, 2], "t": (1, 2), "s": "str", "o": type("O", (), {})()})
        print("ok:", src)
    except Exception as e:
        print(f"{src:<18}", type(e).__name__, e)

show("del undefined")
show("del d['zz']")
show("del l[5]")
show("del l['a']")
show("del t[0]")
show("del s[0]")
show("del o.missing")
show("del d.keys")
show("del l.append")
show("del (1).real")
show("x = 1\ndel x\ndel x")
show("del d['a']\ndel d['a']")
show("del l[0], l[0], l[0]")
show("del l[:]")
show("del [a, b]")

def f():
    del local_never_set
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
class Guard:
    def __delattr__(self, name):
        raise PermissionError(f"cannot delete {name}")
    def __delitem__(self, key):
        raise LookupError(f"cannot delete item {key}")
g = Guard()
for action in ("del g.x", "del g[1]"):
    try:
        exec(action)
    except Exception as e:
        print(type(e).__name__, e)
