# Format-spec mini-language applied to strings
s = "text"
specs = ["", "s", "10", "<10", ">10", "^10", "=>10", "*<10", "_^11", ".2", "10.2", "^10.3",
         "<3", "0", "05", ">05"]
for spec in specs:
    try:
        print(repr(spec), repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(repr(format("", "5")), repr(format("é", "^5")), repr(format("日本", "*>6")))
for bad in ["d", "x", ",", "+", " ", "#", "=10", "10,", ".2f"]:
    try:
        format("abc", bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
print("{:-^30}".format(" END "))
print(format("x", "\x00<3"), format("y", "é^5"), format("z", "{>4"))
