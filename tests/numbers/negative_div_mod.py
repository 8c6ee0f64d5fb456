# Floor division and modulo follow the sign of the divisor
cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (1, 5), (-1, 5), (10, 10), (-10, 10),
         (2 ** 65 + 1, 7), (-(2 ** 65) - 1, 7), (2 ** 65 + 1, -7), (5, 2 ** 70), (-5, 2 ** 70)]
for a, b in cases:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(f"{a} // {b} = {a // b}; {a} % {b} = {a % b}; divmod = {q}, {r}")
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2))
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 5.0 % 3, -5.0 % 3)
print(divmod(7, 2.0), divmod(-7, 2.5))
print(round(-7 / 2), -7 // 2, int(-7 / 2))
print([x % 3 for x in range(-5, 6)])
print([x // 3 for x in range(-5, 6)])
print(True // 2, -True % 2, False % 3)
