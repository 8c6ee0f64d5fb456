# itertools adaptors: argument errors and their messages, as CPython 3.11.
import itertools as it


def t(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (list, tuple, int, str)) else type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__, e)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIndex:
    def __index__(self):
        raise RuntimeError("no index")


cases = {
    "chain kw": lambda: it.chain(a=1),
    "chain lazy": lambda: it.chain(1),
    "chain list": lambda: list(it.chain([1], 1)),
    "from_iterable int": lambda: it.chain.from_iterable(1),
    "from_iterable 0": lambda: it.chain.from_iterable(),
    "from_iterable 2": lambda: it.chain.from_iterable([], []),
    "from_iterable kw": lambda: it.chain.from_iterable([], a=1),
    "islice 0": lambda: it.islice(),
    "islice 1": lambda: it.islice([]),
    "islice 5": lambda: it.islice([], 1, 2, 3, 4),
    "islice kw": lambda: it.islice([], a=1),
    "islice stop -1": lambda: it.islice([], -1),
    "islice stop -2": lambda: it.islice([], -2),
    "islice stop big": lambda: it.islice([], 2**70),
    "islice stop str": lambda: it.islice([], "a"),
    "islice stop float": lambda: it.islice([], 1.0),
    "islice start -1": lambda: it.islice([], -1, 2),
    "islice start str": lambda: it.islice([], "a", 2),
    "islice start big": lambda: it.islice([], 2**70, 2),
    "islice 2 stop -1": lambda: it.islice([], 1, -1),
    "islice 2 stop -2": lambda: it.islice([], 1, -2),
    "islice both str": lambda: it.islice([], "a", "b"),
    "islice step 0": lambda: it.islice([], 0, 2, 0),
    "islice step -1": lambda: it.islice([], 0, 2, -1),
    "islice step str": lambda: it.islice([], 0, 2, "x"),
    "islice step big": lambda: it.islice([], 0, 2, 2**70),
    "islice step float": lambda: it.islice([], 0, 2, 1.0),
    "islice int": lambda: it.islice(1, 2),
    "islice int bad stop": lambda: it.islice(1, "x"),
    "islice int bad step": lambda: it.islice(1, 0, 1, 0),
    "islice bad index": lambda: it.islice([], BadIndex()),
    "islice bad start": lambda: it.islice([], BadIndex(), 2),
    "islice index": lambda: list(it.islice(range(9), Index(2), Index(6), Index(3))),
    "islice nones": lambda: list(it.islice("ab", None, None, None)),
    "cycle 0": lambda: it.cycle(),
    "cycle int": lambda: it.cycle(1),
    "cycle 2": lambda: it.cycle([], []),
    "cycle kw": lambda: it.cycle(iterable=[]),
    "repeat 0": lambda: it.repeat(),
    "repeat 3": lambda: it.repeat(1, 2, 3),
    "repeat kw 3": lambda: it.repeat(object=1, times=2, x=3),
    "repeat str": lambda: it.repeat(1, "x"),
    "repeat None": lambda: it.repeat(1, None),
    "repeat float": lambda: it.repeat(1, 2.0),
    "repeat big": lambda: it.repeat(1, 2**70),
    "repeat bad kw": lambda: it.repeat(1, foo=2),
    "repeat times only": lambda: it.repeat(times=2),
    "repeat both": lambda: it.repeat(1, object=2),
    "repeat bad index": lambda: it.repeat(1, BadIndex()),
    "hint endless": lambda: it.repeat(1).__length_hint__(),
    "starmap 0": lambda: it.starmap(),
    "starmap 1": lambda: it.starmap(1),
    "starmap 3": lambda: it.starmap(1, [], 3),
    "starmap int": lambda: it.starmap(1, 2),
    "starmap kw": lambda: it.starmap(f=1, it=2),
    "starmap args int": lambda: next(it.starmap(pow, [1])),
    "starmap not callable": lambda: next(it.starmap(1, [()])),
    "starmap arity": lambda: next(it.starmap(pow, [(1,)])),
    "compress 0": lambda: it.compress(),
    "compress 1": lambda: it.compress(1),
    "compress sel int": lambda: it.compress([], 1),
    "compress data int": lambda: it.compress(1, []),
    "compress 3": lambda: it.compress([], [], []),
    "compress kws": lambda: list(it.compress(data=[1, 2], selectors=[0, 1])),
    "compress dup": lambda: it.compress([1], data=[1]),
    "compress bad kw": lambda: it.compress([], x=1),
    "compress both dup": lambda: it.compress([1], [1], data=[1]),
    "compress late bad kw": lambda: it.compress([1], selectors=[1], x=2),
    "compress kw 3": lambda: it.compress(data=[], selectors=[], x=1),
    "compress sel only": lambda: it.compress(selectors=[]),
    "filterfalse 0": lambda: it.filterfalse(),
    "filterfalse 1": lambda: it.filterfalse(None),
    "filterfalse int": lambda: it.filterfalse(None, 1),
    "filterfalse kw": lambda: it.filterfalse(function=None, iterable=[]),
    "filterfalse not callable": lambda: next(it.filterfalse(1, [1])),
    "takewhile 0": lambda: it.takewhile(),
    "takewhile int": lambda: it.takewhile(1, 2),
    "takewhile kw": lambda: it.takewhile(a=1),
    "takewhile not callable": lambda: next(it.takewhile(1, [1])),
    "dropwhile 0": lambda: it.dropwhile(),
    "dropwhile 3": lambda: it.dropwhile(1, 2, 3),
    "dropwhile int": lambda: it.dropwhile(1, 2),
    "dropwhile not callable": lambda: next(it.dropwhile(1, [1])),
    "accumulate 0": lambda: it.accumulate(),
    "accumulate int": lambda: it.accumulate(1),
    "accumulate 3": lambda: it.accumulate([], None, None),
    "accumulate 4": lambda: it.accumulate([], 1, 2, 3),
    "accumulate bad kw": lambda: it.accumulate([], x=1),
    "accumulate kw 4": lambda: it.accumulate(iterable=[], func=None, initial=1, x=2),
    "accumulate dup": lambda: it.accumulate([], iterable=[]),
    "accumulate add": lambda: list(it.accumulate([1, "a"])),
    "accumulate not callable": lambda: list(it.accumulate([1, 2], 1)),
    "pairwise 0": lambda: it.pairwise(),
    "pairwise int": lambda: it.pairwise(1),
    "pairwise 2": lambda: it.pairwise([], []),
    "pairwise kw": lambda: it.pairwise(iterable=[]),
    "zip_longest int": lambda: it.zip_longest([], 1),
    "zip_longest bad kw": lambda: it.zip_longest([], fill=1),
    "zip_longest 2 kw": lambda: it.zip_longest([], fillvalue=1, x=2),
    "zip_longest kw only": lambda: list(it.zip_longest(fillvalue=3)),
    "chain setstate int": lambda: it.chain().__setstate__(1),
    "chain setstate ()": lambda: it.chain().__setstate__(()),
    "chain setstate list": lambda: it.chain().__setstate__(([1],)),
    "chain setstate 2nd": lambda: it.chain().__setstate__((iter([]), 1)),
    "chain setstate 3": lambda: it.chain().__setstate__((iter([]), iter([]), 1)),
    "cycle setstate int": lambda: it.cycle([]).__setstate__(1),
    "cycle setstate ()": lambda: it.cycle([]).__setstate__(()),
    "cycle setstate 1": lambda: it.cycle([]).__setstate__(([1],)),
    "cycle setstate tuple": lambda: it.cycle([]).__setstate__(((1,), 1)),
    "cycle setstate str": lambda: it.cycle([]).__setstate__(([1], "x")),
    "cycle setstate float": lambda: it.cycle([]).__setstate__(([1], 2.5)),
    "islice setstate str": lambda: it.islice([], 3).__setstate__("x"),
    "islice setstate float": lambda: it.islice([], 3).__setstate__(2.0),
    "islice setstate big": lambda: it.islice([], 3).__setstate__(2**70),
    "takewhile setstate": lambda: it.takewhile(bool, []).__setstate__(Index(1)),
    "reduce args": lambda: it.chain().__reduce__(1),
    "setstate 0": lambda: it.chain().__setstate__(),
}


class NoBool:
    def __bool__(self):
        raise ValueError("no bool")


cases["takewhile setstate nobool"] = lambda: it.takewhile(bool, []).__setstate__(NoBool())
cases["compress nobool"] = lambda: list(it.compress([1], [NoBool()]))
cases["filterfalse nobool"] = lambda: list(it.filterfalse(None, [NoBool()]))

for label, f in cases.items():
    t(label, f)
