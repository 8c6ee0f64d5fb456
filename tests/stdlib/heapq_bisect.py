import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, [5, 1, 4, 1, 9]))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry', 'date']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'plan')); heapq.heappush(tasks, (3, 'test'))
print([heapq.heappop(tasks)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 2))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
grades = [60, 70, 80, 90]
print([('FDCBA')[bisect.bisect(grades, s)] for s in (33, 99, 77, 70, 89, 90, 100)])
