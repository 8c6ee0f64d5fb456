# Exception inside a generator expression shows the <genexpr> frame
def total_length(words):
    return sum(len(w) for w in words)

print(total_length(["ab", "cde"]))
total_length(["ab", None])
