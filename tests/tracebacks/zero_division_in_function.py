# ZeroDivisionError deep in a call stack
def ratio(a, b):
    return a / b

def average_ratio(pairs):
    total = 0
    for a, b in pairs:
        total += ratio(a, b)
    return total / len(pairs)

print(average_ratio([(1, 2), (3, 4)]))
print(average_ratio([(1, 2), (3, 0)]))
