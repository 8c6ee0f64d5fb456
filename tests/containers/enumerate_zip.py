# enumerate and zip (including strict=True)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, start=-2)))
print(list(enumerate("")), list(enumerate(range(3), 10 ** 20)))
e = enumerate("ab")
print(type(e).__name__, next(e), next(e), next(e, "done"), iter(e) is e)
print(list(zip(names, ages)), list(zip()), list(zip("ab")), list(zip("abc", range(10), [True, False])))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
z = zip([1, 2], "xy")
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip(names, ages[:3], strict=True)))
for a, b in [(names, ages), (ages, names), ([1], []), ([], [1])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as ex:
        print("ValueError:", ex)
try:
    list(zip([1, 2], [3, 4], "x", strict=True))
except ValueError as ex:
    print("ValueError:", ex)
def gen():
    yield 1
    yield 2
    print("  gen continued")
    yield 3
print(list(zip(gen(), "ab")))
print(list(zip("ab", gen())))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
try:
    zip(1, 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    enumerate(5)
except TypeError as ex:
    print("TypeError:", ex)
