# input() raises EOFError when stdin is empty (no .in file: stdin is /dev/null)
import sys
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.readlines())
for line in sys.stdin:
    print("never", line)
print(issubclass(EOFError, Exception))
try:
    raise EOFError
except EOFError as e:
    print(repr(e))
print("done")
