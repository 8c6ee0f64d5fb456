# Traceback names nested functions by their plain name
def outer(items):
    def validate(item):
        if not isinstance(item, int):
            raise TypeError(f"expected int, got {type(item).__name__}")
    for it in items:
        validate(it)
    print("all valid")

outer([1, 2])
outer([1, "two"])
