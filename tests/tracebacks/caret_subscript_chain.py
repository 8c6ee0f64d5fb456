# Caret line under the failing part of a nested subscript expression
data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}

def first_role(index):
    return data["users"][index]["roles"][0]

print(first_role(0))
print(first_role(1))
