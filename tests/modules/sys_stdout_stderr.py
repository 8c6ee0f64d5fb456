# Writing to sys.stdout and sys.stderr
import sys
sys.stdout.write("out 1\n")
sys.stderr.write("err 1\n")
print("out 2")
print("err 2", file=sys.stderr)
n = sys.stdout.write("abc")
print()
print("write returned", n)
sys.stdout.flush()
sys.stderr.flush()
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured line")
print("second", "line", sep="-")
sys.stdout = old
print("restored; captured:", cap.data)
print(sys.__stdout__ is not None, sys.stdout is old)
sys.stderr.write("err 3 with unicode é\n")
print("unicode out é 日本 😀")
print(sys.stdout.encoding.lower().replace("-", ""))
