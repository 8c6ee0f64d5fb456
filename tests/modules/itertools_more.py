# More itertools: groupby with key, product repeat, combinations counts, accumulate max
import itertools as it
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=lambda p: p[0])])
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), lambda a, b: a * b)))
print(len(list(it.product(range(3), repeat=3))), list(it.product("ab", [0, 1]))[:3])
print(len(list(it.combinations(range(10), 3))), len(list(it.permutations(range(5), 2))))
print(["".join(p) for p in it.permutations("abc")])
print(list(it.starmap(lambda a, b: a * b, zip(range(5), range(5, 10)))))
print(list(it.zip_longest("ab", "wxyz", fillvalue=".")), list(it.chain(*["ab", "cd"])))
print(list(it.islice(it.count(0, 0.5), 5)), list(it.islice(range(100), 10, 50, 10)))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))))
def flatten(nested):
    return list(it.chain.from_iterable(nested))
print(flatten([[1, 2], [], [3], [4, 5]]))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})
print(list(it.takewhile(str.islower, ["a", "b", "C", "d"])), list(it.dropwhile(lambda x: x < 5, [1, 7, 2])))
print(sum(1 for _ in it.combinations_with_replacement(range(4), 2)), list(it.repeat(None, 2)))
