# Private name mangling of __names inside classes
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "single underscore"
        self.__dunder__ = "not mangled"

    def balance(self):
        return self.__balance

    def __secret(self):
        return "secret method"

    def reveal(self):
        return self.__secret()

a = Account(100)
print(a.balance(), a.reveal(), a._protected, a.__dunder__)
print(sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._Account__secret())

class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "child's own"
    def both(self):
        return self.__balance, self._Account__balance
s = Savings(50)
print(s.both())
print(sorted(vars(s)))

class _Leading:
    def __m(self):
        return "leading underscores stripped from class name"
    def call(self):
        return self.__m()
print(_Leading().call(), hasattr(_Leading, "_Leading__m"))

class G:
    __cls_attr = 1
    def get(self):
        return getattr(self, "__cls_attr", "getattr strings are not mangled")
print(G().get(), G._G__cls_attr)
class Loc:
    def f(self):
        __x = 5
        return sorted(locals())
print(Loc().f())
