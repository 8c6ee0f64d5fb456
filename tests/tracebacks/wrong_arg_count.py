# TypeError for a call with the wrong number of arguments
def area(width, height):
    return width * height

def volume(width, height, depth):
    return area(width, height) * depth

print(area(3, 4))
print(volume(1, 2, 3))
dims = (3, 4, 5)
print(volume(*dims))
area(*dims)
print("not reached")
