# pprint: layout of nested containers at various widths
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'shoal', 'versions': list(range(30)), 'nested': {'z': (1, 2, 3), 'a': [{'k': 'v' * 10}] * 3},
        'empty': {}, 'tuple1': ('only',), 'set': {5, 3, 1, 9, 7}, 'fs': frozenset({'b', 'a'})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=60, indent=4)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(5))] * 6, compact=True, width=30)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat([1, 2]), pprint.pformat('x'))
long_text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long_text, width=40)
pprint.pprint({'text': long_text, 'lines': 'line one\nline two\n' * 3}, width=50)
pprint.pprint(b'\x00\x01 binary data that is fairly long indeed ' * 2, width=30)
pprint.pprint([(i, str(i) * i) for i in range(8)], width=40)
pprint.pprint(((1, 2), [3, {4: (5, 6)}], {7, 8}, ()), width=10)
pprint.pprint(OrderedDict([('x', list(range(12))), ('y', 'why')]), width=40)
dd = defaultdict(list, {'a': list(range(15)), 'b': [1]})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=40)
pprint.pprint(deque(range(20)), width=40)
pprint.pprint({3: 'c', 1: 'a', 'x': 'mixed', (1, 2): 'tuple', None: 0}, width=30)
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).split(' with')[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable({'a': [1]}))
print(pprint.pformat(d).split(' with')[0], pprint.isreadable(object()))
pprint.pp({'b': 1, 'a': list(range(25))}, width=40)
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta'}}))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10 ** 7], underscore_numbers=True))
