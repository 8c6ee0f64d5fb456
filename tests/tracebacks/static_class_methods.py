# Traceback through classmethod and staticmethod
class Parser:
    @staticmethod
    def check(token):
        if token.isdigit():
            return
        raise SyntaxWarning(f"unexpected token {token!r}")

    @classmethod
    def parse(cls, text):
        for tok in text.split():
            cls.check(tok)
        print("parsed", text)

Parser.parse("1 2 3")
Parser.parse("1 + 2")
