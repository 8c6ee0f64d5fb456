# AttributeError with a "Did you mean" suggestion in the traceback
class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ann"

    def deposit(self, amount):
        self.balance += amount

acct = Account()
acct.deposit(50)
print(acct.balance)
acct.depositt(10)
