# Unsupported operand types for binary operators
def show(src):
    try:
        eval(src, {"n": None, "s": "str", "i": 1, "f": 1.5, "l": [1], "t": (1,), "d": {}, "st": {1}, "b": b"x", "c": 1j})
    except TypeError as e:
        print(f"{src:<10}", type(e).__name__, e)

for src in ["s + i", "i + s", "n + i", "l + t", "t + l", "d + d", "st + st", "b + s", "s + b",
            "i - s", "s - s", "l - l", "d - d", "s * f", "l * f", "s * s", "i / s", "s / 2",
            "l // 2", "s % ()" if False else "l % 2", "i ** s", "s ** 2", "i @ i", "i << f",
            "f >> 1", "f & 1", "s | s", "d ^ d", "c < c", "c // c", "c % c", "n < n", "s < i",
            "l > t", "d <= d", "st < l", "b > s"]:
    show(src)
