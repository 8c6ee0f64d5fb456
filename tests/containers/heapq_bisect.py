# heapq and bisect modules
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], sorted(data))
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(3, "zebra"), heapq.heappushpop([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 100))
bisect.insort(s, 4); bisect.insort_left(s, 3)
print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([(1, "a"), (3, "c")], (2,)), bisect.bisect([10, 20, 30], 25, lo=0, hi=2))
print(bisect.bisect_left(["x", "xx", "xxx"], 2, key=len))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
