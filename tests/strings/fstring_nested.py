# Nested f-strings, conversions inside expressions, and dict/str access
people = [{"name": "Ann", "age": 31}, {"name": "Bob", "age": 7}]
for p in people:
    print(f"{p['name']:<5}|{p['age']:>3}|{'adult' if p['age'] >= 18 else 'child':^7}|")
width = 8
print(f"{'|'.join(f'{x:>{width}}' for x in ['a', 'b'])}")
print(f"{'|'.join(f'{p[chr(110) + chr(97) + chr(109) + chr(101)]:>{width}}' for p in people)}")
print(f"{f'{1 + 1}' * 3}", f"{'{'}{'}'}", f"{{{'inner'}}}")
value = 3.14159
spec = ".2f"
print(f"{value:{spec}}", f"{value:{'.' + str(3) + 'f'}}", f"{value!r:>12}")
items = ["x", "y"]
print(f"{len(items)} items: {', '.join(items)}", f"{items!r}", f"{items[-1]!s:*^5}")
print(f"{'nested {braces}'}", f"{ {'a': 1}['a'] }", f"{[i for i in range(3)]}")
print(f"{value = :.1f}", f"{(lambda: 'lam')()}", f"{3 if value > 3 else 4}")
d = {"k": {"inner": [10, 20]}}
print(f"{d['k']['inner'][1]:05d}", f"{d!r:.10}")
n = 255
print(f"{n:#x} {n:#o} {n:#b} {n:,} {n:e} {n:%}")
print(f"{'multi'}" f"{'part'}" "plain" f"{n}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
print(f"{P()}", f"{P():abc}", f"{P():{'dyn' + 'amic'}}")
