# Semicolons, line continuation, implicit joining, comments
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,  # one
    2,  # two
    3,  # three
]
print(items)
call_result = max(
    10,
    20,
    5,
)
print(call_result)
text = ("implicit "
        "string "
        "joining")
print(text)
if (a == 1 and
        b == 2):
    print("multi-line condition")
d = {
    "k": [
        (1, 2),
        (3, 4),
    ],
}
print(d)
def f(
    x,
    y=2,
):
    return x + y
print(f(
    1,
))
print(1 +
      2)  # trailing comment
# a full-line comment
x = 5  # inline comment with 'quotes' and "more"
print(x)
if x: print("single-line if body"); print("second statement")
for i in range(2): print("loop", i)
