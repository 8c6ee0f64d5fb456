# Notes added with add_note() appear after the message
def process(item):
    try:
        int(item)
    except ValueError as e:
        e.add_note(f"while processing item {item!r}")
        e.add_note("hint: items must be numeric")
        raise

for item in ["1", "2", "x3"]:
    print("processing", item)
    process(item)
