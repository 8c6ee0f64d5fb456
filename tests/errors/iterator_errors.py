# Errors around the iterator protocol
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(f"{label:<24}", type(e).__name__, repr(e))

show("next(list)", lambda: next([1]))
show("next(exhausted)", lambda: next(iter([])))
show("next(str)", lambda: next("abc"))
class NoNext:
    def __iter__(self):
        return self
show("iter w/o __next__", lambda: list(NoNext()))
class IterReturnsNonIter:
    def __iter__(self):
        return [1, 2]
show("__iter__ returns list", lambda: list(IterReturnsNonIter()))
class NextRaises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("in __next__")
show("__next__ raises", lambda: list(NextRaises()))
class GetItemRaises:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("stop with KeyError")
        return i
show("__getitem__ KeyError", lambda: list(GetItemRaises()))
class LenLies:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
show("len lies", lambda: list(LenLies()))
show("reversed(len lies)", lambda: list(reversed(LenLies())))
it = iter([1, 2, 3])
show("islice-like", lambda: [next(it) for _ in range(5)])
show("after partial", lambda: list(it))
show("zip strict", lambda: list(zip([1, 2], [1], strict=True)))
show("map raises", lambda: list(map(int, ["1", "x"])))
show("filter raises", lambda: list(filter(lambda v: 1 / v, [1, 0])))
show("sorted key raises", lambda: sorted([1, 2], key=lambda v: v.upper()))
show("StopIteration value", lambda: next(iter(())))
