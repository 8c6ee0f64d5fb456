# Generators as methods, with access to instance state
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def cells(self):
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                yield r, c, v
    def column(self, c):
        return (row[c] for row in self.rows)
    def __iter__(self):
        return iter(self.rows)
    def diagonal(self):
        i = 0
        while i < len(self.rows) and i < len(self.rows[i]):
            yield self.rows[i][i]
            i += 1
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print([v for r, c, v in m.cells() if r == c], list(m.column(1)), list(m.diagonal()))
print(sum(v for _, _, v in m.cells()), [sum(row) for row in m])
cells = m.cells()
print(next(cells), next(cells))
m.rows[0][2] = 30
print(next(cells))
class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def tokens(self):
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch.isdigit():
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos].isdigit():
                    self.pos += 1
                yield ("NUM", int(self.text[start:self.pos]))
                continue
            if not ch.isspace():
                yield ("OP", ch)
            self.pos += 1
t = Tokenizer("12 + 345*(6-78)")
print(list(t.tokens()), t.pos, list(t.tokens()))
