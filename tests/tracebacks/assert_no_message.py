# Bare assert failure
values = [1, 2, 3]
print(sum(values))
assert len(values) == 4
