# A file that does not parse: IndentationError
def compute(n):
    total = 0
    for i in range(n):
        total += i
      return total

print(compute(10))
