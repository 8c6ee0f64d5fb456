# Uncaught exception propagating through several functions
def parse_record(line):
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")
    return fields

def load(lines):
    records = []
    for line in lines:
        print("parsing", repr(line))
        records.append(parse_record(line))
    return records

def main():
    data = ["a,b,c", "d,e,f", "g,h"]
    load(data)
    print("not reached")

main()
