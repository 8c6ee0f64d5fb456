# A file that does not parse: Python 2 print statement
x = 1
y = 2
print "sum is", x + y
