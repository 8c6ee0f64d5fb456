# Generator pipelines
def read_lines():
    text = """alpha 3
beta 10
# comment
gamma 7

delta 1"""
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, value = line.split()
        yield name, int(value)

def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total

for row in running_total(parse(strip_comments(read_lines()))):
    print(row)

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def squares(it):
    for v in it:
        yield v * v

print(list(take(6, squares(naturals()))))
evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(windows(range(6), 3)))
