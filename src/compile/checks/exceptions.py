# exceptions: try/except/else/finally, return/break/continue through them
import sys
def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else not run")
    return i
print(f2())
def f3():
    try:
        raise ValueError("x")
    except ValueError as e:
        print("caught", e)
        return "from except"
    finally:
        print("fin f3")
print(f3())
def f4():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        print("outer caught", repr(e), type(e.__context__).__name__)
f4()
def f5():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(f5())
def f6():
    try:
        raise TypeError("t")
    finally:
        return "swallowed"
print(f6())
def f7():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            continue
        finally:
            print("f7 fin", i)
    print("exc_info after", sys.exc_info()[0])
f7()
def f8():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
f8()
def f9():
    try:
        raise ValueError("inner")
    except ValueError as e:
        try:
            raise KeyError("nested")
        except KeyError:
            print("in nested, handling", sys.exc_info()[0].__name__)
        print("back, handling", sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
f9()
def f10():
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        print("tuple match", type(e).__name__)
    try:
        e
    except NameError:
        print("e deleted")
f10()
def f11():
    try:
        raise RuntimeError("a")
    except RuntimeError as e:
        raise ValueError("b") from e
try:
    f11()
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def f12():
    try:
        try:
            raise ValueError("v")
        finally:
            print("cleanup")
    except ValueError as e:
        print("got", e)
f12()
def f13():
    try:
        raise ValueError("first")
    except ValueError:
        raise
try:
    f13()
except ValueError as e:
    print("reraised", e)
try:
    assert 1 == 2, "message"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print(v)
    break
print("after break")
def f14():
    while True:
        try:
            return "while-ret"
        finally:
            print("f14 fin")
print(f14())
def f15():
    try:
        try:
            return 1
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(f15())
def f16():
    for x in range(2):
        try:
            pass
        finally:
            try:
                continue
            finally:
                print("nested fin", x)
f16()
try:
    try:
        raise ValueError("a")
    except ValueError:
        undefined_name
except NameError as e:
    print("ctx", type(e.__context__).__name__)
print(sys.exc_info())
