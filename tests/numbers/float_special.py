# inf and nan behaviour
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(nan > 0, nan < 0, nan >= nan, max(1.0, nan), max(nan, 1.0))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(inf), math.isfinite(1e308))
print(inf == math.inf, math.isnan(math.nan))
print([x for x in [1.0, nan, 2.0] if x == x])
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(nan in [nan], [nan] == [nan], (nan,) == (nan,))
n2 = float("nan")
print(n2 in [nan], {nan: 1}.get(nan), {nan: 1}.get(n2))
print(0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), -0.0 + 0.0)
print(inf // 1, inf % 1 if False else "skip", divmod(5.0, inf), 5.0 % inf, -5.0 % inf)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(round(inf) if False else "round(inf) raises", float("inf") == 10 ** 400)
print(1e308 + 1e308, -1e308 * 1e10, 1e-320 / 1e10)
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 0 ** inf if True else 0)
