# Errors from the raise statement itself
def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(f"{label:<24}", type(e).__name__, e)

def raise_int():
    raise 5
def raise_str():
    raise "message"
def raise_none():
    raise None
def raise_class_not_exc():
    class NotExc:
        pass
    raise NotExc
def bare_raise():
    raise
def cause_bad():
    raise ValueError from "x"
def raise_instance_method():
    raise ValueError("v").with_traceback(None)
class BadInit(Exception):
    def __init__(self):
        raise TypeError("init failed")
def raise_bad_init():
    raise BadInit
class NoArgsRequired(Exception):
    def __init__(self, a, b):
        super().__init__(a)
def raise_missing_args():
    raise NoArgsRequired
show("raise 5", raise_int)
show("raise 'message'", raise_str)
show("raise None", raise_none)
show("raise non-exception cls", raise_class_not_exc)
show("bare raise", bare_raise)
show("bad cause", cause_bad)
show("with_traceback", raise_instance_method)
show("__init__ raises", raise_bad_init)
show("missing ctor args", raise_missing_args)
show("raise type", lambda: (_ for _ in ()).throw(type))
def raise_base():
    raise BaseException("base")
show("BaseException", raise_base)
def raise_keyboard():
    raise KeyboardInterrupt
show("KeyboardInterrupt", raise_keyboard)
def reraise_after_handled():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise
show("reraise after handler", reraise_after_handled)
