# Exception raised inside an operator method
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __add__(self, other):
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

a = Money(5, "EUR")
b = Money(7, "EUR")
print((a + b).amount)
c = Money(1, "USD")
a + c
