# Uncaught exception propagating through several functions (no caret lines)
def check_record(line):
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")

def load(lines):
    records = []
    for line in lines:
        print("parsing", repr(line))
        check_record(line)
        records.append(line.split(","))
    return records

def main():
    data = ["a,b,c", "d,e,f", "g,h"]
    load(data)
    print("not reached")

main()
