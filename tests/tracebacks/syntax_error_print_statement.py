# A file that does not parse: Python 2 print statement
import sys

def total(values):
    result = 0
    for v in values:
        result += v
    return result

x = total([1, 2])
y = total([3, 4])
print "sum is", x + y
sys.exit(0)
