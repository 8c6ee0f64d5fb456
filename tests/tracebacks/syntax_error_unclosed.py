# A file that does not parse: '(' was never closed
print("this line never runs")

def total(values):
    result = 0
    for v in values:
        result += v
    return result

print(total([1, 2, 3]
x = 5
print(x)
