# raise ... from None suppresses the context
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} not found") from None

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
