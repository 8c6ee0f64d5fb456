# A file that does not parse: inconsistent tabs and spaces
def f():
    if True:
        x = 1
	y = 2
    return x
print(f())
