# A file that does not parse: invalid syntax in the middle
def greet(name):
    return "hello " + name

print(greet("world"))
value = 10
if value > 5
    print("big")
print("done")
