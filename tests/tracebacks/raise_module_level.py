# Uncaught exception raised at module level after some output
print("starting")
total = 0
for i in range(5):
    total += i
print("total", total)
values = [3, 1, 2]
values.sort()
print(values)
raise ValueError("module level failure")
