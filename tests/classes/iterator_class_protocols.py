# Classes implementing __iter__ returning separate iterator objects
class Deck:
    suits = "SHDC"
    ranks = ["A", "K", "Q"]
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __iter__(self):
        return DeckIterator(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        c = self.cards[self.i]
        self.i += 1
        return c

d = Deck()
print(len(d), d[0], d[-1], d[2:5])
it1, it2 = iter(d), iter(d)
print(next(it1), next(it1), next(it2))
print(list(it1)[:3], list(it1))
print([c for c in d if c.startswith("A")])
print("KH" in d, "ZZ" in d, list(reversed(d))[:2])
print(sorted(d)[:4], list(zip(d, range(3))))
a, b, *rest = d
print(a, b, len(rest))
print(dict(enumerate(d))[5], max(d), min(d))
