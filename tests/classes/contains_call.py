# __contains__ and __call__
class EvenNumbers:
    def __contains__(self, x):
        print("  __contains__", x)
        return isinstance(x, int) and x % 2 == 0
evens = EvenNumbers()
print(4 in evens, 5 in evens, 3 not in evens)

class ReturnsTruthy:
    def __contains__(self, x):
        return "yes"
print(1 in ReturnsTruthy())

class IterOnly:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])))

class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CallCounter
def square(x):
    return x * x
print(square(3), square(4), square.calls)
class NotCallable:
    pass
print(callable(NotCallable()), callable(len), callable(lambda: 0), callable(5))
class CallViaClassOnly:
    pass
o = CallViaClassOnly()
o.__call__ = lambda: "instance attr"
print(callable(o))
try:
    o()
except TypeError as e:
    print("TypeError:", e)
