# try/except inside loops with break/continue and else clauses
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append(f"skip {v!r}")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)

def first_valid(items):
    for item in items:
        try:
            return 100 // item
        except ZeroDivisionError:
            continue
        except TypeError:
            break
    else:
        return "exhausted"
    return "stopped at bad type"
print(first_valid([0, 0, 4]), first_valid([0, 0]), first_valid([0, "s", 1]))

total = 0
for i in range(5):
    try:
        if i == 3:
            break
        total += i
    finally:
        total += 100
print(total)
errors = {}
for name, fn in [("div", lambda: 1 / 0), ("key", lambda: {}["k"]), ("ok", lambda: 1)]:
    try:
        fn()
    except Exception as e:
        errors[name] = type(e).__name__
print(errors)
