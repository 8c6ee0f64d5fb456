# find, rfind, index, rindex, count, startswith, endswith, in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o", 20, 30), s.find(""), s.find("", 100), s.rfind(""), s.find("dog", -3))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 0, 15))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"),
      s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), s.startswith(""))
print("fox" in s, "cat" not in s, "" in s, "The" in s)
print("aaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1), "aaa".rfind("aa"))
for sub in ["xyz", "zz"]:
    try:
        s.index(sub)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q", 10)
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "😀a😀".rfind("😀"))
print(s.find("the", -10), s.find("o", -100, -30), s.count("o", -10))
print("abc".find("c", 0, 2), "abc".find("c", 0, 3), "abc".startswith("bc", 1, 2))
