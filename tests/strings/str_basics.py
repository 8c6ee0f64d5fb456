# Indexing, iteration, comparison, concatenation and immutability of str
s = "Python"
print(s[0], s[-1], s[2:4], len(s), s * 2, s + "3", 3 * "ab", "" * 5, s * 0, s * -1)
print([c for c in s], list(reversed(s)), sorted(s), max(s), min(s))
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "Z" < "a" < "z", "" < "a")
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa", "é" > "z")
print(ord("A"), chr(97), ord("€"), chr(8364), ord("\n"), chr(0x1F40D))
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s.__len__(), s.__getitem__(1), s.__contains__("yth"), s.__add__("!"))
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(), str("s"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
print("".join(sorted("hello")), "hello"[::-1] == "olleh", "racecar" == "racecar"[::-1])
words = ["b", "a", "c"]
acc = ""
for w in words:
    acc += w
print(acc, acc.__class__.__name__)
print(hash("abc") == hash("ab" + "c"), "abc".__hash__() == hash("abc"))
print(len("\u00e9"), len("e\u0301"), len("\U0001F600"), "\U0001F600" == "😀")
print(ascii("héllo 😀\n"), repr("tab\there"), repr("'"), repr('"'), repr("'\""), repr("\\"))
print(repr("\x00\x1f\x7f\x80\xa0\xad\u2028\ud800"), repr("é日"), repr("\u200b"))
