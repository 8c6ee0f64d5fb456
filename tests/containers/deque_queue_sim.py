# Queue simulation with collections.deque
from collections import deque
queue = deque()
log = []
arrivals = [(0, "a"), (1, "b"), (1, "c"), (4, "d"), (5, "e")]
time = 0
busy_until = 0
for t, name in arrivals:
    queue.append((t, name))
while queue:
    t, name = queue.popleft()
    start = max(t, busy_until)
    busy_until = start + 2
    log.append((name, t, start, busy_until))
for entry in log:
    print(entry)
window = deque(maxlen=3)
avgs = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs, list(window))
d = deque("abcde")
d.rotate(2)
print("".join(d))
d.rotate(-4)
print("".join(d), d.index("a"), d.count("z"))
d.remove("c")
d.insert(1, "X")
print(d, len(d), d[2], d[-1])
d.reverse()
print(d, d.copy() == d, deque(reversed(d)))
d.clear()
print(d, bool(d))
palindromes = []
for w in ["level", "hello", "racecar", "ab"]:
    dq = deque(w)
    ok = True
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            ok = False
            break
    palindromes.append((w, ok))
print(palindromes)
