# assert statement
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)

assert True, "never evaluated"
calls = []
def msg():
    calls.append(1)
    return "message"
assert 1, msg()
print("message not evaluated on success:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)

try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))
print(__debug__)
