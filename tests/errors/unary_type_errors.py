# Unsupported operand types for unary operators and built-in numeric functions
def show(fn, label):
    try:
        fn()
    except TypeError as e:
        print(f"{label:<12}", type(e).__name__, e)

show(lambda: -"s", "-str")
show(lambda: +[1], "+list")
show(lambda: ~1.5, "~float")
show(lambda: ~"s", "~str")
show(lambda: -None, "-None")
show(lambda: abs("s"), "abs(str)")
show(lambda: abs(None), "abs(None)")
show(lambda: ~(1j), "~complex")
show(lambda: -{}, "-dict")
show(lambda: +b"", "+bytes")
class Empty:
    pass
show(lambda: -Empty(), "-Empty")
show(lambda: ~Empty(), "~Empty")
show(lambda: abs(Empty()), "abs(Empty)")
show(lambda: round(Empty()), "round(Empty)")
show(lambda: int(Empty()), "int(Empty)")
show(lambda: float(Empty()), "float(Empty)")
show(lambda: complex(Empty()), "complex(Empty)")
show(lambda: divmod("a", 1), "divmod")
show(lambda: pow("a", 2), "pow")
show(lambda: len(Empty()), "len(Empty)")
print(-True, +False, ~True, -(-5), abs(-0.0))
