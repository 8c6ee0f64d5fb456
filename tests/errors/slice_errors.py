# Errors involving slices and slice assignment
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

L = list(range(6))
def setslice(seq, s, v):
    seq[s] = v
    return seq
show("step 0 get", lambda: L[::0])
show("step 0 set", lambda: setslice(L[:], slice(None, None, 0), []))
show("ext size mismatch", lambda: setslice(L[:], slice(None, None, 2), [1]))
show("ext non-iterable", lambda: setslice(L[:], slice(None, None, 2), 5))
show("plain non-iterable", lambda: setslice(L[:], slice(1, 3), 5))
show("float index", lambda: L[1.0:2])
show("str index", lambda: L[:"2"])
show("tuple slice set", lambda: setslice((1, 2), slice(0, 1), [0]))
show("str slice set", lambda: setslice("abc", slice(0, 1), "x"))
show("bytes slice set", lambda: setslice(b"abc", slice(0, 1), b"x"))
show("bytearray bad", lambda: setslice(bytearray(b"abc"), slice(0, 1), [300]))
show("bytearray str", lambda: setslice(bytearray(b"abc"), slice(0, 1), "x"))
show("range slice set", lambda: setslice(range(3), slice(0, 1), [0]))
show("slice(1,2,0).indices", lambda: slice(1, 2, 0).indices(3))
show("indices(-1)", lambda: slice(1).indices(-1))
show("del ext slice", lambda: L.__delitem__(slice(None, None, 0)))
show("ok ext", lambda: setslice(L[:], slice(None, None, 3), "ab"))
show("ok shrink", lambda: setslice(L[:], slice(1, 5), []))
show("huge slice ok", lambda: L[-(10 ** 30):10 ** 30:2])
