# Parsing and formatting tabular text without the csv module
raw = """name,qty,price
apple,3,0.5
banana,12,0.25
cherry,100,0.1
 date , 7 , 2.0 """
rows = [line.split(",") for line in raw.splitlines()]
header, body = rows[0], rows[1:]
records = [{h: v.strip() for h, v in zip(header, r)} for r in body]
print(records[0], len(records))
for r in records:
    r["qty"] = int(r["qty"])
    r["price"] = float(r["price"])
    r["total"] = r["qty"] * r["price"]
widths = {h: max(len(h), *(len(f"{r[h]}") for r in records)) for h in header + ["total"]}
line = " | ".join(f"{h:^{widths[h]}}" for h in header + ["total"])
print(line)
print("-+-".join("-" * widths[h] for h in header + ["total"]))
for r in records:
    print(" | ".join([f"{r['name']:<{widths['name']}}", f"{r['qty']:>{widths['qty']}}",
                      f"{r['price']:>{widths['price']}.2f}", f"{r['total']:>{widths['total']}.2f}"]))
print("grand total:", f"{sum(r['total'] for r in records):.2f}")
quoted = 'a,"b,c",d,"e ""quoted"""'
fields, cur, inq, i = [], "", False, 0
while i < len(quoted):
    ch = quoted[i]
    if inq:
        if ch == '"' and quoted[i + 1:i + 2] == '"':
            cur += '"'
            i += 1
        elif ch == '"':
            inq = False
        else:
            cur += ch
    elif ch == '"':
        inq = True
    elif ch == ",":
        fields.append(cur)
        cur = ""
    else:
        cur += ch
    i += 1
fields.append(cur)
print(fields)
