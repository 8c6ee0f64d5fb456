# Benchmark (extra): raising and catching exceptions, try/finally overhead.
class AppError(Exception):
    pass

def may_fail(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

def main():
    caught = 0
    total = 0
    for i in range(1000000):
        try:
            total += may_fail(i)
        except AppError as e:
            caught += 1
            total += e.args[0] & 1
        except LookupError:
            caught += 2
        finally:
            total += 1
    d = {}
    for i in range(800000):
        try:
            d[i % 1000] += 1
        except KeyError:
            d[i % 1000] = 1
    print("exceptions checksum", caught, total, len(d), sum(d.values()))

main()
