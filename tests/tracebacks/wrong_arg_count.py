# TypeError for a call with the wrong number of arguments
def area(width, height):
    return width * height

print(area(3, 4))
area(3, 4, 5)
