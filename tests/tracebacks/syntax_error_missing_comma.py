# A file that does not parse: a missing comma in a list display
colors = [
    "red",
    "green"
    "blue",
]
sizes = [1, 2 3]
print(colors, sizes)
