# Exception inside a generator expression shows the <genexpr> frame
def total_length(words):
    return sum(len(w) for w in words)

print(total_length(["ab", "cde"]))
print(total_length([]))
print(total_length(("x" * n for n in range(4))))
total_length(["ab", None])
print("not reached")
