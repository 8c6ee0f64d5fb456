# A file that does not parse: cannot assign to function call
def get():
    return 1

items = [1, 2, 3]
print(len(items))
len(items) = 5
