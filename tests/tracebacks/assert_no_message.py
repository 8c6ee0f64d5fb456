# Bare assert failure at module level after some checks pass
values = [1, 2, 3]
assert values, "non-empty"
assert sum(values) == 6
print(sum(values), len(values))
values.append(4)
assert values[-1] == 4
print(values)
values.remove(2)
print(values)
assert len(values) == 4
print("not reached")
