# Exceptions raised in except blocks, nested try statements and re-raise variants
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            try:
                out.append(float(v))
            except ValueError:
                out.append(None)
    return out
print(convert(["1", "2.5", "x", "4e2"]))

def reraise_different():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("converted") from e
try:
    reraise_different()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

def raise_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise IndexError("from else")
try:
    raise_in_else()
except IndexError as e:
    print(repr(e), e.__context__)

def handler_uses_exception_after():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__, str(saved)
print(handler_uses_exception_after())

def exc_var_scope():
    err = "before"
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(exc_var_scope())
