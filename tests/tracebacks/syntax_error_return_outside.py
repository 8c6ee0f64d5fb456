# A file that does not parse: 'return' outside function
values = [3, 1, 2]
values.sort()
if values:
    return values[0]
print(values)
