# Miscellaneous runtime errors with strings
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

s = "text"
show("s[10]", lambda: s[10])
show("s[-10]", lambda: s[-10])
show("s['a']", lambda: s["a"])
show("s[1] = 'x'", lambda: s.__setitem__(1, "x"))
show("del s[0]", lambda: s.__delitem__(0))
show("s.x", lambda: s.x)
show("s.x = 1", lambda: setattr(s, "x", 1))
show("s + 5", lambda: s + 5)
show("5 + s", lambda: 5 + s)
show("s - 's'", lambda: s - "s")
show("s / 2", lambda: s / 2)
show("s ** 2", lambda: s ** 2)
show("-s", lambda: -s)
show("s < 5", lambda: s < 5)
show("int(s)", lambda: int(s))
show("float(s)", lambda: float(s))
show("s.format(1)", lambda: "{} {}".format(1))
show("s.encode(1)", lambda: s.encode(1))
show("ord(s)", lambda: ord(s))
show("s()", lambda: s())
show("len(s, s)", lambda: len(s, s))
show("str.join(s, 5)", lambda: str.join(s, 5))
show("chr(s)", lambda: chr(s))
show("s.center()", lambda: s.center())
show("'%s %s' % (s,)", lambda: "%s %s" % (s,))
show("'%(k)s' % s", lambda: "%(k)s" % s)
