# json: encoder options, decoder hooks and error messages
import json
import io
from collections import OrderedDict

data = {'b': [1, 2.5, None, True, False], 'a': {'z': 'é\n\x01', 'y': []}, 'c': {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', separators=(',', ' = ')))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1e16, 1e-7, 0.1, -0.0, 123456789.123, 2 ** 70, float('nan'), float('inf'), -float('inf')]))
print(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd', False: 'e'}))
print(json.dumps('\u2603 \U0001f600 \x7f'), json.dumps('\u2603', ensure_ascii=False))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted), json.dumps([[], {}, [[]]], indent=1))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder), PointEncoder(indent=1).encode(Point(0, 0)))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=3)
print(buf.getvalue())
print(json.load(io.StringIO('{"from": "file"}')))
print(json.loads('{"a": 1, "b": [1.5, "x"]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.1, 2, 3.25]', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda s: s))
print(json.loads(b'{"bytes": true}'), json.loads('"\\ud83d\\ude00 \\u00e9 \\n\\/"'))
print(json.loads('  [1, {"a": {"b": [null]}}]  '), json.JSONDecoder().raw_decode('[1] tail'))
bad = ['', '[', '[1,', '[1,]', '{"a":1,}', '{"a" 1}', "{'a':1}", '{"a":1', '[1 2]', '"abc',
       '"a\\x"', '"\\u12"', '"a\tb"', '1 2', '-', '{"a":}', 'nul', '[1]\n\n  x', '\ufeff[]']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, (e.msg, e.pos, e.lineno, e.colno))
for args in [({'s': {1}},), (float('nan'),), ([object()],)]:
    try:
        json.dumps(*args, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError))
