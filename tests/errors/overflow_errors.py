# OverflowError from floats, conversions and sizes
import math
def show(fn):
    try:
        print(fn())
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)

show(lambda: 10.0 ** 400)
show(lambda: 2.0 ** 10000)
show(lambda: math.exp(1000))
show(lambda: math.pow(10, 400))
show(lambda: float(10 ** 400))
show(lambda: int(float("inf")))
show(lambda: 10 ** 400 / 3)
show(lambda: 3 / 10 ** 400)
show(lambda: math.ldexp(1.0, 5000))
show(lambda: math.factorial(-1))
show(lambda: (1e308).__mul__(10))
show(lambda: round(1e308, -400))
show(lambda: [0] * (2 ** 63))
show(lambda: "ab" * (2 ** 63))
show(lambda: range(2 ** 64)[2 ** 64 - 1])
show(lambda: len(range(2 ** 64)))
show(lambda: chr(2 ** 64))
show(lambda: (2 ** 70).to_bytes(4, "big"))
show(lambda: math.sqrt(10 ** 400) if False else math.isqrt(10 ** 400) > 0)
show(lambda: math.cosh(1000))
show(lambda: 1e308 * 10)
show(lambda: (1e200).__pow__(2))
show(lambda: 2 ** 10000 * 1.0)
show(lambda: float("1e500"))
show(lambda: math.floor(float("inf")))
show(lambda: int(1e308))
