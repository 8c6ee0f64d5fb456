# NameError with a "Did you mean" suggestion
def compute(values):
    result = 0
    for v in values:
        result += v
    return result

total = compute([1, 2, 3])
print(total)
print("about to misspell a name")
totl
