# Exception inside a method called through another method
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def remove(self, name, count):
        if self.items.get(name, 0) < count:
            raise ValueError(f"not enough {name}")
        self.items[name] -= count

    def process(self, orders):
        for name, count in orders:
            self.remove(name, count)
            print("removed", count, name)

inv = Inventory()
inv.process([("apple", 2), ("apple", 5)])
