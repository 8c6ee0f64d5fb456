# Errors involving with statements
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<20}", type(e).__name__, e)

class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        return False
class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  exit should not run")
class ExitSwallows:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
def use(cm):
    with cm:
        return "body ran"
def use_raising(cm):
    with cm:
        raise ValueError("body error")
show("no __exit__", lambda: use(NoExit()))
show("no __enter__", lambda: use(NoEnter()))
show("int as cm", lambda: use(5))
show("enter raises", lambda: use(EnterRaises()))
show("exit swallows", lambda: use_raising(ExitSwallows()))
show("exit raises", lambda: use_raising(ExitRaises()))
show("exit raises ctx", lambda: [type(e.__context__).__name__ for e in [None]] if False else None)
def context_of_exit_error():
    try:
        use_raising(ExitRaises())
    except KeyError as e:
        return repr(e.__context__)
show("context", context_of_exit_error)
def two_managers():
    with ExitSwallows(), EnterRaises():
        pass
show("second enter fails", two_managers)
def closed_file():
    f = open("/tmp/shoal_cm_test.txt", "w")
    f.close()
    with f:
        pass
show("closed file", closed_file)
import os
os.remove("/tmp/shoal_cm_test.txt")
