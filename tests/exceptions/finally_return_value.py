# Interplay of return values, exceptions and finally
def f1():
    x = "initial"
    try:
        return x
    finally:
        x = "changed in finally"

def f2():
    data = []
    try:
        return data
    finally:
        data.append("mutated in finally")

def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue

def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            return "finally return swallows ValueError"
    except ValueError:
        return "never"

def f5():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else (unreachable after return in try)"
    finally:
        print("  f5 finally")

def f6():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            if count < 3:
                continue
print(f1(), f2(), f3(), f4(), f5(), f6(), sep="\n")
