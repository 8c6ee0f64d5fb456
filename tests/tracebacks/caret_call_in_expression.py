# Caret line under a failing call nested inside an expression
def parse(text):
    return int(text)

values = ["10", "20", "x"]
total = 0
for v in values:
    total = total + parse(v) * 2
    print("running total", total)
