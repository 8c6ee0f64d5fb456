# set and frozenset operators
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1})
print(a != b, {1} < {1, 2}, set() < {1}, set() <= set())
fa = frozenset(a)
print(fa | b, type(fa | b).__name__, type(b | fa).__name__, type(fa & {1}).__name__)
print(fa == a, hash(fa) == hash(frozenset([4, 3, 2, 1])), {fa: "frozen key"}[frozenset(a)])
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 99}
print(c)
s = {1}
alias = s
s |= {2}
print(alias is s, alias)
f = frozenset([1])
g = f
f |= {2}
print(f is g, f, g)
for op in ["a | [1]", "a & 'x'", "a - (1,)", "a < [1]"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "TypeError:", e)
print(1 in a, 7 not in a, len(a | b), len(a & b), {(1, 2), (1, 2)}, {frozenset([1]), frozenset([1])})
print({"a", "b", "c"} - {"b"}, {"x", "y"} | {"z"})
print(set("abracadabra") & set("alacazam"), set("abracadabra") ^ set("alacazam"))
print(sorted({-5, 3, -1, 0, 10}), {10, 20, 30} | set(range(0, 50, 10)))
