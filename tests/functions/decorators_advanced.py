# Decorators with state, on methods, and class-based decorators
import functools

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

class memoize:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)

class Service:
    @count_calls
    def handle(self, x):
        return x * 2
    @staticmethod
    @count_calls
    def util(x):
        return -x
s = Service()
print(s.handle(1), s.handle(2), Service.handle.calls, Service.util(3), Service.util.calls)

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt)
                except ValueError as e:
                    last = e
            raise RuntimeError(f"gave up after {times}: {last}")
        return wrapper
    return deco
@retry(3)
def flaky(x, attempt):
    if attempt < 3:
        raise ValueError(f"attempt {attempt}")
    return x, attempt
print(flaky("ok"))
@retry(2)
def always_fails(attempt):
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print(e)
print(flaky.__name__, flaky.__wrapped__.__name__)
