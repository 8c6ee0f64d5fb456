# replace, translate, maketrans
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "x"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "abc".replace("x", "y"), "ababab".replace("aba", "X"))
print("hello".replace("l", ""), "Mississippi".replace("ss", "SS").replace("i", "!", 2))
t = str.maketrans("abc", "xyz")
print(t, "aabbcc-abc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "CCC"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbyczab".translate(t3))
print("hello".translate({ord("l"): ord("L"), ord("o"): "0!"}))
print("héllo".translate({0xe9: "e"}), "abc".translate({}))
class Table:
    def __getitem__(self, k):
        if chr(k) in "aeiou":
            return chr(k).upper()
        raise LookupError
print("programming language".translate(Table()))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    "a".translate({ord("a"): 3.5})
except TypeError as e:
    print("TypeError:", e)
print("tab\there".replace("\t", "    "), "x".replace("x", "x" * 5))
