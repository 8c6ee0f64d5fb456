# Assignment expressions in comprehensions bind in the enclosing scope
def running_totals(nums):
    total = 0
    return [total := total + n for n in nums], total
print(running_totals([1, 2, 3, 4]))

def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "hey"]), first_long(["a"]))

class Holder:
    values = [1, 2, 3]
print(Holder.values)

data = {"a": 1, "b": 22, "c": 333}
if (big := [k for k, v in data.items() if v > 10]):
    print("big keys:", big)
chunks = []
it = iter(range(10))
while (chunk := [x for _, x in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
print([y for x in range(5) if (y := x * x) % 2 == 0], y)
def nested():
    results = []
    for i in range(3):
        if (sq := i * i) > 0:
            results.append(sq)
    return results, sq
print(nested())
print((n := 10) > 5, n)
print([(last := c) for c in "abc"], last)
