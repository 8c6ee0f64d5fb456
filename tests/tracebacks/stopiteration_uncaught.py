# StopIteration escaping to the top level
it = iter([1, 2])
print(next(it))
print(next(it))
next(it)
