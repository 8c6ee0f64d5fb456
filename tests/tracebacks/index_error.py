# Uncaught IndexError
stack = [1, 2, 3]

def pop_all(s):
    while True:
        print("popped", s.pop())

pop_all(stack)
