import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
ns.me = ns
print(ns)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), types.NoneType, type(None) is types.NoneType)
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance(f.__code__, types.CodeType))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 5))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)
m = types.ModuleType('mymod', 'doc')
print(m.__name__, m.__doc__)
C = types.new_class('C', (K,), {}, lambda ns: ns.update({'x': 5}))
print(C.__name__, C.x, C.__bases__, issubclass(C, K))
mt = types.MethodType(lambda self: self, 7)
print(mt())
