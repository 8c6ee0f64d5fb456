# d[k] on an exact dict from the eval loop: KeyError for every kind of key,
# errors from __eq__ and unhashable keys pass through.
d = {1: 'a'}
for k in [(1, 2), (), 5, "x", None, (3,)]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), e.args)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("eq")
try:
    d[K()]
except ValueError as e:
    print("ValueError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
