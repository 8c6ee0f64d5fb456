# Case conversion methods on ASCII text
samples = ["hello world", "Hello World", "HELLO", "mIxEd CaSe", "", "123abc",
           "hello-world_foo bar", "they're bill's friends", "a1b2 c3d4", "  leading space",
           "x", "ALL CAPS with lower", "o'neil mc-donald", "tab\tseparated\nnewline"]
for s in samples:
    print(repr(s))
    print("  upper     ", repr(s.upper()))
    print("  lower     ", repr(s.lower()))
    print("  capitalize", repr(s.capitalize()))
    print("  title     ", repr(s.title()))
    print("  swapcase  ", repr(s.swapcase()))
    print("  casefold  ", repr(s.casefold()))
print("abc".isupper(), "ABC".isupper(), "Abc".istitle(), "Abc Def".istitle(), "ABC def".istitle())
print("".islower(), "a1".islower(), "1".islower(), "A1".isupper(), "Hello World!".istitle())
print("hello"[0].upper() + "hello"[1:])
words = "the QUICK brown FOX".split()
print(" ".join(w.capitalize() for w in words))
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate("alternating")))
print("MiXeD".lower() == "mixed".lower(), "Straße".casefold() == "STRASSE".casefold())
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["banana", "Apple", "cherry", "apple"]))
print("123".upper(), "!@#".lower(), "ÀB".lower(), "àb".upper())
