# Caret line under a failing attribute access inside a larger expression
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

chain = Node(1, Node(2))
print(chain.value + chain.next.value)
print(chain.value + chain.next.next.value)
