# Generator laziness, exhaustion and chaining
log = []
def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i

doubled = (x * 2 for x in source(5))
filtered = (x for x in doubled if x % 4 == 0)
print(log)
print(next(filtered), log)
print(list(filtered), len(log))
print(list(filtered))

def take(it, n):
    return [v for _, v in zip(range(n), it)]
def count_forever():
    i = 0
    while True:
        yield i
        i += 1
squares = (i * i for i in count_forever())
print(take(squares, 5), take(squares, 3))

g = (c.upper() for c in "abc")
print("b".upper() in g, list(g))
nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen))
nums2 = [1, 2, 3]
gen2 = (n for n in nums2)
nums2 = [9, 9]
print(list(gen2))
def chained():
    yield from (x for x in range(2))
    yield from map(str, range(2))
print(list(chained()))
print(sum(1 for _ in source(4)), sorted(source(3), reverse=True))
