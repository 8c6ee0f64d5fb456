# A traceback through mutually recursive functions (shallow)
def is_even(n):
    if n < 0:
        raise ValueError(f"negative input {n}")
    if n == 0:
        return True
    is_odd(n - 1)
    return not is_odd(n - 1)

def is_odd(n):
    is_even(n - 3)
    return False

print(is_even(0))
is_even(3)
