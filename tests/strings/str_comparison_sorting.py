# String comparison is by code point; sorting strings with various keys
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Zebra", "zebra", "10", "9", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "abc" < "ab", "" < " ", "é" > "e")
print(min(words), max(words), min(words, key=len), max(w for w in words if w.isdigit()))
print(sorted(["a10", "a9", "a100"]), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
print([ord(c) for c in "Aa0 é"], sorted("Hello World"))
print("apple" == "apple", "apple" != "Apple", "apple".lower() == "APPLE".lower())
print(sorted({"b": 1, "A": 2, "a": 3}), sorted(set("hello")))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
