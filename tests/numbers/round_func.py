# round(): banker's rounding, ndigits (positive, zero, negative), ints and floats
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(1234.5678, -2))
print(round(1e20, 2), round(123.456, -1), round(155.0, -1), round(165.0, -1))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2))
print(round(2 ** 70 + 5, -1), round(7, 2), round(-7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(0.0), round(-0.0, 1), round(1e-300, 5), round(-1e-300, 5))
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
print(round(123.456, 400), round(123.456, -400), round(10 ** 30, -29))
print(round(True), round(0.5 + 1e-16), round(2.5000000001))
print(round(x=1.2) if False else round(number=1.7), round(1.25, ndigits=1))
