# except (A, B) as e, ordering and matching by superclass
def trigger(n):
    if n == 0:
        return [][1]
    if n == 1:
        return {}["k"]
    if n == 2:
        return 1 / 0
    if n == 3:
        return int("zz")
    if n == 4:
        return undefined_name
    return "ok"

for n in range(6):
    try:
        print(trigger(n))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except (ZeroDivisionError, ValueError) as e:
        print("math/value:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

errs = (TypeError, ValueError)
try:
    raise ValueError("via variable tuple")
except errs as e:
    print("matched", e)

try:
    raise KeyError("first matching clause wins")
except LookupError:
    print("LookupError clause")
except KeyError:
    print("never")

nested = (ArithmeticError, (KeyError,))
try:
    raise OverflowError("nested tuple")
except (ArithmeticError, KeyError) as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except ():
        print("empty tuple matches nothing")
except ValueError:
    print("fell through empty tuple")
