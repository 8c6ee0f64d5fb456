# hash() of str and bytes is SipHash-1-3 keyed by PYTHONHASHSEED (0 here)
for s in ["", "a", "abc", "é", "€", "😀", "hello world, a longer string", "é€😀"]:
    print(repr(s), hash(s), hash(s.encode()))
print(hash(b""), hash(b"\x00" * 20))
