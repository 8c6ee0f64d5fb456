# Code constants (numbers, bytes, tuples of them) are shared between code
# objects: equal-looking constants of different types or signs must stay
# apart, and compiling the same source many times gives the same values.
def f():
    return 0.0, -0.0, 0, False, 1, 1.0, True, 2j, -2j, b"", (), (1, 2.0), (1.0, 2)


def g():
    return -0.0, 0.0, 1.0, 1, (1.0, 2), (1, 2.0), 10**30, float("nan")


print(f())
print(g())
print([repr(x) for x in f()] == [repr(x) for x in f()])
for x, y in zip(f(), (0.0, -0.0, 0, False, 1, 1.0, True, 2j, -2j, b"", (), (1, 2.0), (1.0, 2))):
    assert type(x) is type(y) and repr(x) == repr(y), (x, y)
total = 0.0
for i in range(2000):
    total += eval("1.5 * x + 123456789012345678901234567890 % 7", {"x": i})
print(total)
print(compile("(1, 2.5, b'x', (3, 4.5))", "<s>", "eval").co_consts)
print(eval("(-0.0, 0.0)"), eval("(0.0, -0.0)"))
