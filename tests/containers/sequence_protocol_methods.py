# Sequence behaviour shared by list, tuple, str, bytes, range
seqs = [[10, 20, 30, 20], (10, 20, 30, 20), "abcb", b"abcb", range(10, 50, 10)]
for s in seqs:
    t = type(s).__name__
    first = s[0]
    print(t, len(s), s[0], s[-1], s[1:3], s[::-1] if not isinstance(s, range) else list(s[::-1]))
    print("   ", first in s, s.index(first), s.count(s[1]), min(s), max(s), sorted(s)[:2])
for s in seqs[:4]:
    print(type(s).__name__, s + s[:1], s * 2 if len(s) < 5 else s, bool(s[:0]))
print([list(reversed(s))[:2] for s in seqs])
print([len(s[1:-1]) for s in seqs], [s[-2] for s in seqs])
print(list(zip(*seqs[:3])))
