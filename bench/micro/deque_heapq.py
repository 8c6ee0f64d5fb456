# Micro-benchmark: deque heapq (instruction counts: bench/instructions).
from collections import deque
import heapq
def f(n):
    q=deque(); h=[]
    for i in range(n):
        q.append(i); heapq.heappush(h, (i*7919)%1000)
        if len(q)>100: q.popleft(); heapq.heappop(h)
    return len(q)+len(h)
print(f(100000))
