PI = 3.14159

def scale(v, k):
    return v * k

def parent_package():
    return __package__
