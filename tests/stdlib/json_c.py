# json with shoal's C accelerator (_json): output and errors as CPython's.
import json
from collections import OrderedDict

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        extra = ''
        if isinstance(e, json.JSONDecodeError):
            extra = ' msg=%r pos=%d lineno=%d colno=%d' % (e.msg, e.pos, e.lineno, e.colno)
        print(label, type(e).__name__, e, extra)

data = {'a': [1, 2, 3, {'b': [True, False, None]}], 'c': {'d': 'hello', 'e': 1.5},
        'f': [], 'g': {}, 'h': (1, (2, 3)), 'i': -0.0, 'j': 10**40, 'k': -7,
        'l': 'tab\there "q" \\ /', 'm': '\u00e9\u4e2d\U0001f600\x00\x1f\x7f'}
for kw in [{}, {'ensure_ascii': False}, {'sort_keys': True}, {'separators': (',', ':')},
           {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'separators': (' ,  ', ' :  ')}]:
    s = json.dumps(data, **kw)
    print(kw, s)
    print(json.loads(s) == json.loads(json.dumps(data)))

# every escape, both ways
for ch in range(0, 0x80):
    s = chr(ch)
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print(json.dumps(''.join(chr(i) for i in range(0x30))))
print(json.dumps(''.join(chr(i) for i in range(0x30)), ensure_ascii=False))
print(json.dumps('\ud800 lone \udfff', ensure_ascii=True))
print(repr(json.dumps('\ud800 lone \udfff', ensure_ascii=False)))
print(json.dumps(['\u0100', '\uffff', '\U00010000', '\U0010ffff']))
print(json.dumps({'\u00e9': '\U0001f600'}, ensure_ascii=False))

# decoding strings
for doc in [r'"\"\\\/\b\f\n\r\t"', r'"\u00e9\u4E2D"', r'"\ud83d\ude00"', r'"\ud83d"',
            r'"\ud83dx"', r'"\ud83d\u0041"', r'"\ude00\ud83d"', '"plain"', '""',
            '"\u00e9\U0001f600 raw"', r'"a\u0000b"']:
    show('loads ' + doc, lambda: json.loads(doc))

# numbers
for doc in ['0', '-0', '123', '-123', '1.5', '-1.5e10', '1E5', '1e-5', '2.5E+3',
            '12345678901234567890123456789', '-98765432109876543210', '999999999999999999',
            '1e400', '-1e400', '0.1', '1.7976931348623157e308', '5e-324', 'NaN',
            'Infinity', '-Infinity', '[1.0, 2e0, 3]', '1.', '1e', '1e+', '-', '01', '.5',
            '-x', '1.e5']:
    show('num ' + doc, lambda: json.loads(doc))
print(json.dumps([1e400, -1e400, float('nan'), -0.0, 0.1, 1e16, 1e-7, 123456789.125]))
show('allow_nan', lambda: json.dumps([float('nan')], allow_nan=False))
show('allow_nan inf', lambda: json.dumps({'x': float('inf')}, allow_nan=False))
show('allow_nan key', lambda: json.dumps({float('inf'): 1}, allow_nan=False))

# hooks
print(json.loads('{"a": 1, "b": [1.5, 2], "a": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, 10]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: len(d), object_pairs_hook=list))
print(json.loads('[1, {"x": 2}]', object_pairs_hook=lambda p: p))

print(json.loads('[1.10, 3]', parse_float=lambda s: ('D', s)))
print(json.loads('"a\tb"', strict=False), repr(json.loads('"\x01\n"', strict=False)))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx {"a": 1}', 3))
docs = json.loads('[{"key": 1}, {"key": 2}]')
print(docs[0].keys(), docs)

# whitespace
print(json.loads(' \t\n\r{ "a" \n: [ 1 , 2 ] , "b" :{ } } \n'))

# errors with positions
for doc in ['', ' ', '[', '[1', '[1,', '[1 2]', '[1,]', '{', '{"a"', '{"a":', '{"a" 1}',
            '{"a": 1', '{"a": 1,', '{"a": 1,}', '{1: 2}', '{"a": 1 "b": 2}', '[1] x',
            '"abc', '"abc\\', '"a\x01b"', '"a\nb"', '"\\x"', '"\\u12"', '"\\u12x4"',
            '"\\u123"', '"\\ud800\\u12"', '"\\ud800\\uzzzz"', 'tru', 'nul', 'fals', 'Nan',
            '[1,\n 2,\n x]', '\n\n  {"a":\n  ]', '{"a": [1, {"b": }]}', '\ufeff[]', '[] []',
            '{"a": 1}}', '["\\ud800\\', '"\\u0041']:
    show('err %r' % doc, lambda: json.loads(doc))
show('type', lambda: json.loads(5))

# encoder options
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}))
show('not serializable', lambda: json.dumps([1, {2, 3}]))
show('not serializable obj', lambda: json.dumps({'a': Point(1, 2)}))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e', 'f': 'g'}))
show('bad key', lambda: json.dumps({(1, 2): 'a'}))
print(json.dumps({(1, 2): 'a', 'b': 1, (3,): 2, 'c': 3}, skipkeys=True))
print(json.dumps({(1, 2): 'a'}, skipkeys=True))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))
show('sort mixed', lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True))
circ = []
circ.append(circ)
show('circular list', lambda: json.dumps(circ))
circd = {}
circd['x'] = [circd]
show('circular dict', lambda: json.dumps(circd))
show('circular default', lambda: json.dumps(Point(1, 2), default=lambda o: [o]))
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))
show('no check', lambda: json.dumps(circ, check_circular=False))

# subclasses
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    def __str__(self):
        return 'myint'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    def __str__(self):
        return 'mystr'
class MyDict(dict):
    pass
class MyList(list):
    pass
class Flag(int):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s"'), MyDict(a=1), MyList([1, 2]), Flag(3)]))
print(json.dumps({MyInt(7): 1, MyFloat(0.5): 2, MyStr('k'): 3}))
print(json.dumps(MyInt(5)), json.dumps(MyFloat(1.25)), json.dumps(MyStr('x')))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED, {Color.RED: 'r'}]))

# JSONEncoder directly
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'z': [1, 2], 'a': 'é'}), list(enc.iterencode([1, {'a': 2}])))
print(json.JSONEncoder().encode('just a string'), json.JSONEncoder(ensure_ascii=False).encode('é'))
from json import encoder as _enc
print(_enc.encode_basestring_ascii('a\u20ac"'), _enc.encode_basestring('a\u20ac"\n'))
show('escape type', lambda: _enc.encode_basestring_ascii(5))

# big nested round trip
big = {'list': [{'id': i, 'name': 'item%d' % i, 'tags': ['t%d' % j for j in range(i % 4)],
                 'score': i / 7, 'ok': i % 2 == 0, 'none': None} for i in range(50)]}
s = json.dumps(big)
print(len(s), json.loads(s) == big, json.dumps(json.loads(s)) == s)
deep = json.loads('[' * 500 + ']' * 500)
print(len(json.dumps(deep)))
