# UnboundLocalError wherever a local may be unassigned, and no false alarm
# where every path assigned it (the compiler drops checks it can prove).


def check(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)
    except NameError as e:
        print(f.__name__, "NameError:", e)


def straight():
    x = 1
    for i in range(3):
        x += i
    return x


def in_try():
    try:
        x = int("nope")
    except ValueError:
        pass
    return x


def in_try_ok():
    x = 0
    try:
        x = int("nope")
    except ValueError:
        pass
    return x


def conditional(flag):
    if flag:
        y = 1
    return y


def ternary(flag):
    z = 1 if flag else 2
    while z < 10:
        z *= 3
    return z


def deleted():
    x = 1
    del x
    return x


def deleted_in_loop(n):
    x = 0
    for i in range(n):
        total = x + i
        del x
        x = total
    return x


def except_as():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e


def walrus_short_circuit(flag):
    if flag and (w := 5):
        pass
    return w


def with_statement():
    class CM:
        def __enter__(self):
            raise RuntimeError("enter")

        def __exit__(self, *a):
            return False

    try:
        with CM() as v:
            pass
    except RuntimeError:
        pass
    return v


def loop_never_runs():
    for k in range(0):
        pass
    return k


def while_else():
    n = 3
    while n:
        n -= 1
    else:
        done = True
    return n, done


def after_return_in_branch(flag):
    if flag:
        return "early"
    q = 2
    for _ in range(2):
        q += q
    return q


def comprehension_leak():
    xs = [t for t in range(3)]
    return xs, t


def nested_function_reads_later():
    def inner():
        return late
    try:
        r = inner()
    except NameError as e:
        r = type(e).__name__ + ": " + str(e)
    late = 1
    return r, inner()


def match_capture(v):
    match v:
        case [a, b]:
            pass
        case _:
            pass
    return a


def raise_before_assign():
    def boom():
        raise KeyError("k")
    try:
        m = boom()
    finally:
        pass
    return m


for f, args in [(straight, ()), (in_try, ()), (in_try_ok, ()), (conditional, (True,)),
                (conditional, (False,)), (ternary, (True,)), (ternary, (False,)),
                (deleted, ()), (deleted_in_loop, (3,)), (except_as, ()),
                (walrus_short_circuit, (True,)), (walrus_short_circuit, (False,)),
                (with_statement, ()), (loop_never_runs, ()), (while_else, ()),
                (after_return_in_branch, (True,)), (after_return_in_branch, (False,)),
                (comprehension_leak, ()), (nested_function_reads_later, ()),
                (match_capture, ([1, 2],)), (match_capture, (5,))]:
    check(f, *args)
try:
    raise_before_assign()
except KeyError as e:
    print("KeyError", e)
