# Exceptions raised inside except/finally blocks and nested handlers
def level3():
    raise ValueError("deep")

def level2():
    try:
        level3()
    except KeyError:
        return "wrong"

def level1():
    try:
        return level2()
    except ValueError as e:
        return "level1 caught " + str(e)
print(level1())

def handler_raises():
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("replacement")
try:
    handler_raises()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

def finally_raises():
    try:
        return "value"
    finally:
        raise RuntimeError("finally wins")
try:
    finally_raises()
except RuntimeError as e:
    print(repr(e))

results = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise IndexError(i)
            results.append(("ok", i))
        finally:
            results.append(("fin", i))
    except IndexError as e:
        results.append(("caught", e.args[0]))
print(results)

def deep_except():
    try:
        try:
            try:
                raise OSError("x")
            except OSError:
                raise TypeError("y")
        except TypeError:
            raise NameError("z")
    except NameError as e:
        return [type(c).__name__ for c in (e, e.__context__, e.__context__.__context__)]
print(deep_except())
