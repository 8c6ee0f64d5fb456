# Assignment expressions (:=)
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list of", n)

filtered = [y for x in data if (y := x * 2) > 10]
print(filtered, y)

def gen_lines():
    yield from ["first", "second", ""]
it = gen_lines()
while (line := next(it)):
    print("line:", line)

print((total := 0), [total := total + v for v in range(5)], total)

def f():
    if (m := max(data)) > 15:
        return m
print(f())

if (parts := "10-20".partition("-"))[1]:
    print(parts[0], parts[2])

vals = [(w := 3) * 2, w + 1]
print(vals, w)
print(any((hit := v) > 10 for v in data), hit)
def scope_check():
    [q := i for i in range(3)]
    return q
print(scope_check())
print((z := 5) and z * 2)
