# The builtins module and its namespace
import builtins
print(builtins.len is len, builtins.print is print, type(builtins).__name__)
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
         "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
         "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
         "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
         "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "open", "ord",
         "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr",
         "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
         "Exception", "ValueError", "None", "True", "False", "Ellipsis", "NotImplemented", "__import__"]
print([n for n in names if not hasattr(builtins, n)])
_real_len = builtins.len
def fake_len(x):
    return -1
builtins.len = fake_len
print(len("abc"))
builtins.len = _real_len
print(len("abc"))
builtins.shoal_custom = "visible everywhere"
print(shoal_custom)
del builtins.shoal_custom
try:
    shoal_custom
except NameError as e:
    print("NameError:", e)
len = lambda x: "module-level shadow"
print(len([1]))
del len
print(len([1]))
print(__builtins__ is builtins or __builtins__ is vars(builtins))
math = __import__("math")
print(math.floor(2.5), __import__("os.path").__name__)
