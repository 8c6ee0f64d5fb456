# math: comb, perm, prod, fsum, isclose, nextafter, ulp
import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([1, 2], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([1e-16] * 10 + [1.0]), math.fsum([float("inf"), 1]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e16), math.ulp(0.0))
print(sum(math.comb(10, k) for k in range(11)), math.comb(52, 5))
print([math.comb(6, k) for k in range(7)])
print(math.factorial(20) // (math.factorial(10) * math.factorial(10)) == math.comb(20, 10))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, 2))
