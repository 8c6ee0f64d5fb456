# Uncaught IndexError raised by a built-in method
stack = [1, 2, 3]

def pop_all(s):
    while True:
        print("popping from", s)
        s.pop()

pop_all(stack)
