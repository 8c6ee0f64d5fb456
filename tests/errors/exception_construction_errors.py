# Errors when constructing or configuring exception objects
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<22}", type(e).__name__, e)

show("kwargs to Exception", lambda: Exception(msg="x"))
show("kwargs to ValueError", lambda: ValueError("a", code=1))
show("bad __cause__", lambda: setattr(ValueError(), "__cause__", 5))
show("bad __context__", lambda: setattr(ValueError(), "__context__", "x"))
show("bad __traceback__", lambda: setattr(ValueError(), "__traceback__", 5))
show("bad args", lambda: setattr(ValueError(), "args", 5))
show("with_traceback(5)", lambda: ValueError().with_traceback(5))
show("add_note(1)", lambda: ValueError().add_note(1))
show("OSError(errno)", lambda: OSError(2, "No such file", "f.txt").filename)
show("OSError subclass", lambda: type(OSError(13, "denied")).__name__)
show("StopIteration(1,2)", lambda: StopIteration(1, 2).value)
show("SystemExit(1,2)", lambda: SystemExit(1, 2).code)
show("KeyError str", lambda: str(KeyError("a b")))
show("UnicodeError()", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1))
show("UnicodeDecodeError", lambda: str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
show("ExceptionGroup bad", lambda: ExceptionGroup("m", [1]))
show("ExceptionGroup str", lambda: ExceptionGroup(1, [ValueError()]))
show("BaseExceptionGroup", lambda: type(BaseExceptionGroup("m", [ValueError()])).__name__)
show("cause None ok", lambda: setattr(ValueError(), "__cause__", None))
show("instantiate ABC", lambda: BaseException.__new__(int))
