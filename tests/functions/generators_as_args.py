# Passing generators and iterators to functions that consume them
def consume_twice(it):
    first = list(it)
    second = list(it)
    return first, second
print(consume_twice(x for x in range(3)))
print(consume_twice([0, 1, 2]))
print(consume_twice(iter("ab")))

def peek(it):
    it = iter(it)
    try:
        head = next(it)
    except StopIteration:
        return None, iter(())
    def rest():
        yield head
        yield from it
    return head, rest()
h, r = peek(x * x for x in range(1, 5))
print(h, list(r))
h, r = peek([])
print(h, list(r))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(7), 3)), list(batched("", 2)))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "to be or not".split()))
print(dict((c, ord(c)) for c in "abc"), "".join(c.upper() for c in "shout"))
def gen():
    yield from range(3)
print(sorted(gen(), reverse=True), tuple(gen()), set(gen()), any(gen()), min(gen()))
