# A linked list class exercising many dunders together
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __bool__(self):
        return self.head is not None

ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 5 in ll)
print(ll + LinkedList("ab"), list(reversed(ll)), bool(ll), bool(LinkedList()))
print(ll == LinkedList([1, 2, 3]), ll == [1, 2, 3], ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
ll.push(0)
print(ll, sum(ll), max(ll), sorted(ll, reverse=True))
