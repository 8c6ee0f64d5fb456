# Implicit chaining through __context__
try:
    try:
        {}["missing"]
    except KeyError:
        int("not a number")
except ValueError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__, e.__suppress_context__)

def cleanup_fails():
    try:
        raise OSError("primary")
    finally:
        raise RuntimeError("during cleanup")
try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e), "context", repr(e.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e  # re-raising the same object does not self-chain
except ValueError as e:
    print(repr(e), e.__context__)

chain = []
try:
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise IndexError(2)
    except IndexError:
        raise AttributeError(3)
except AttributeError as e:
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
print(chain)

try:
    try:
        raise ValueError("v")
    except ValueError:
        pass
    raise TypeError("after handled")
except TypeError as e:
    print("no context after handled block:", e.__context__)
