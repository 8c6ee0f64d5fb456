# The most common mistakes with None
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<16}", type(e).__name__, e)

def forgot_return(x):
    x * 2

result = forgot_return(5)
show("None + 1", lambda: result + 1)
show("None[0]", lambda: result[0])
show("None.attr", lambda: result.attr)
show("None()", lambda: result())
show("len(None)", lambda: len(result))
show("for in None", lambda: [x for x in result])
show("None < 1", lambda: result < 1)
show("str + None", lambda: "a" + result)
show("None * 2", lambda: result * 2)
show("-None", lambda: -result)
show("None['k'] = 1", lambda: result.__setitem__("k", 1))
show("list.sort() val", lambda: [3, 1, 2].sort().index(1))
show("append chain", lambda: [].append(1).append(2))
show("dict.get chain", lambda: {}.get("k").upper())
show("print() result", lambda: print("printed") + 1)
show("None in list", lambda: None in [1, None])
show("None == 0", lambda: None == 0)
show("int(None)", lambda: int(result))
show("str(None)", lambda: str(result))
show("None.__class__", lambda: result.__class__)
show("bool(None)", lambda: bool(result))
show("a, b = None", lambda: exec("a, b = None"))
