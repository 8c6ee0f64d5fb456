import math
xs = [0.5, 1.5, 2.5, 3.7, 10.1, 25.3, 50.5, 99.9, 140.5, 170.6, -0.5, -1.5, -2.7, -10.3, -150.5, 1e-21, 7.0, 23.0, 24.0, 30.0, 0.001, 4.999, 5.001, 0.1, -180.5, -200.5, -250.5]
for x in xs:
    r = []
    for f in (math.gamma, math.lgamma):
        try: r.append(repr(f(x)))
        except Exception as e: r.append(type(e).__name__)
    print(x, *r)
