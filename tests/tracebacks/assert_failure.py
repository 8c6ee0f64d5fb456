# Uncaught AssertionError with and without a message
def check_sorted(seq):
    for a, b in zip(seq, seq[1:]):
        assert a <= b, f"{a} > {b} in {seq}"
    return True

print(check_sorted([1, 2, 3]))
check_sorted([1, 3, 2])
