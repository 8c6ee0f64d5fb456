# Class vs. instance attribute lookup and mutation
class Counter:
    total = 0
    shared_list = []
    def __init__(self):
        self.own_list = []
    def bump(self):
        self.total += 1        # creates instance attribute
        Counter.total += 10    # class attribute

a = Counter()
b = Counter()
a.bump()
print(a.total, b.total, Counter.total)
a.shared_list.append("from a")
print(b.shared_list, Counter.shared_list)
a.own_list.append(1)
print(a.own_list, b.own_list)

del a.total
print(a.total)
Counter.new_class_attr = "added later"
print(b.new_class_attr)

class Meta:
    x = 1
    y = x + 1
    def method(self):
        return self.x
    z = [x] * 2
print(Meta.y, Meta.z, Meta().method())
inst = Meta()
inst.x = 100
print(inst.method(), Meta().method())
print(getattr(inst, "y"), getattr(inst, "missing", "dflt"))
setattr(Meta, "w", 7)
print(inst.w)
print(Meta.__dict__.get("w"), "x" in inst.__dict__)
def late(self):
    return "late-bound method " + str(self.x)
Meta.late = late
print(inst.late())
