# return/break/continue crossing finally blocks
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally after return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def break_in_try():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def continue_in_try():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke, exception discarded, i=%d" % i

def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(break_in_try())
print(continue_in_try())
print(break_in_finally())
print(return_value_evaluated_first())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally n =", n)
print(while_finally())
