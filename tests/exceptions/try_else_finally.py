# try / except / else / finally ordering
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(False))
print(run(True))

def uncaught():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        except ValueError:
            log.append("wrong except")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer except")
    return log
print(uncaught())

def else_raises():
    try:
        try:
            pass
        except Exception:
            return "except"
        else:
            raise RuntimeError("from else")
        finally:
            print("  finally runs before propagating")
    except RuntimeError as e:
        return "outer caught " + str(e)
print(else_raises())

def nested_finally():
    out = []
    try:
        try:
            out.append(1)
        finally:
            out.append(2)
    finally:
        out.append(3)
    return out
print(nested_finally())
try:
    pass
finally:
    print("finally without except")
