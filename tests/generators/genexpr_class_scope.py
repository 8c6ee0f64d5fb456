# Generator expressions and comprehensions inside class bodies
class Config:
    base = 10
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    lengths = {n: len(n) for n in names}
    first_iter_sees_class = [x for x in names]
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"
    scaled_ok = (lambda base=base: [base * i for i in range(3)])()
print(Config.upper, Config.lengths, Config.first_iter_sees_class)
print(Config.scaled)
print(Config.scaled_ok)
class Table:
    rows = [(1, "one"), (2, "two")]
    index = {num: name for num, name in rows}
    total = sum(num for num, _ in rows)
print(Table.index, Table.total)
def func_scope():
    base = 3
    class Inner:
        values = [base * i for i in range(3)]
    return Inner.values
print(func_scope())
