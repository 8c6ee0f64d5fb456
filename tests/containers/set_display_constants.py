# Set displays of constants (CPython folds them into a frozenset constant
# a new set is filled from): element order as printed, tuples of constants
# among them, and displays mixing constants with other expressions.
n = 3
print({True, "s", 3, 2.5, (1,)})
print({(1, 2), (3, 4), "t", 7})
print({"apple", "banana", "cherry"})
print({"q", "w", "e", "r", "t", "y"})
print({1.5, "a", (2, (3, 4)), b"z", -1})
print({n, "a", "b", "c"})
print({"a", "b", *"cd", "e"})
print(frozenset({"red", "green", "blue"}))
print(sorted({(), ((),), "", 0, 0.0, False}, key=repr))
