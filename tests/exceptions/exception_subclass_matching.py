# Matching handlers by class hierarchy, and custom exception hierarchies
class AppError(Exception):
    code = 1
class NetworkError(AppError):
    code = 2
class TimeoutError_(NetworkError):
    code = 3
class DiskError(AppError, OSError):
    code = 4

def raise_one(cls):
    raise cls(f"{cls.__name__} happened")

for cls in [AppError, NetworkError, TimeoutError_, DiskError, KeyError]:
    try:
        raise_one(cls)
    except TimeoutError_ as e:
        print("timeout handler:", e, e.code)
    except NetworkError as e:
        print("network handler:", e, e.code)
    except OSError as e:
        print("os handler:", e, type(e).__mro__[1].__name__)
    except AppError as e:
        print("app handler:", e, e.code)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
print([c.__name__ for c in DiskError.__mro__])
print(isinstance(DiskError("x"), OSError), issubclass(TimeoutError_, AppError))
try:
    raise DiskError(5, "disk full")
except OSError as e:
    print(e.args, e.errno if isinstance(e.errno, int) else None)
def classify(exc):
    try:
        raise exc
    except (LookupError, ArithmeticError) as e:
        return "data:" + type(e).__name__
    except BaseException as e:
        return "other:" + type(e).__name__
print([classify(e) for e in [KeyError(), ZeroDivisionError(), OverflowError(), SystemExit(), GeneratorExit()]])
