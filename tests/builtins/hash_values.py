# hash() values of ints, floats, strs, bytes, tuples (PYTHONHASHSEED=0)
for v in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 3.14, 1e100, 1e-100, 2.0 ** 61, float("inf"), float("-inf"), 1 / 3]:
    print("float", repr(v), hash(v))
for v in ["", "a", "b", "abc", "hello world", "é", "日本", "😀", "a" * 100]:
    print("str", repr(v), hash(v))
for v in [b"", b"a", b"abc", b"hello world", bytes(range(10))]:
    print("bytes", v, hash(v))
for v in [(), (1,), (1, 2), (1, "a"), ((1, 2), (3,)), (True, False), (1.5, -1), ("a", ("b", ("c",)))]:
    print("tuple", v, hash(v))
print(hash(None) == hash(None), hash(True), hash(False), hash(1 + 0j), hash(1 + 1j), hash(-1 + 2j))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset(["a"])))
print(hash(range(0)) == hash(range(0)), hash("a") == hash("a"), hash(b"a") == hash("a"))
print(hash(10 ** 30) == hash(float(10 ** 30)) if 10 ** 30 == float(10 ** 30) else "not equal as float")
print(hash(5) == hash(5.0) == hash(5 + 0j))
