# Exception inside a list comprehension shows the <listcomp> frame
def parse_all(items):
    return [int(x) for x in items]

print(parse_all(["1", "2"]))
print(parse_all([]))
print(parse_all("345"))
parse_all(["3", "four"])
print("not reached")
