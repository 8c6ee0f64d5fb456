# print(): sep, end, file, flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print("", end="")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=",")
print("x", sep=None, end=None)
print(*range(5))
print(*[], sep="-")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("multi\nline", "arg")
class S:
    def __str__(self):
        return "custom __str__"
print(S(), [S()] if False else "list-skip")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("one", "two", sep="+", end="$", file=c)
print("three", file=c, flush=True)
print(c.parts)
print("to stderr", file=sys.stderr)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print(print.__name__, print("nested") is None)
