# Containers built and mutated while only one thread has run (their mutex
# is not taken then) are handed to threads that lock them for real: every
# earlier write is visible, no mutex is left held, nothing is lost.
import threading

shared_list = []
shared_dict = {}
shared_set = set()
log = open(__file__)  # a file: its mutex is always taken, even before threads
first_line = log.readline()

for i in range(20000):
    shared_list.append(i)
    shared_dict[i % 997] = i
    shared_set.add(i % 1009)
    if i % 3 == 0:
        shared_list.pop()
    if i % 5 == 0:
        shared_dict.pop(i % 997, None)
before = (len(shared_list), sorted(shared_dict.items())[:3], len(shared_set))
dict_before = len(shared_dict)

N, ROUNDS = 4, 5000
errors = []


def worker(k):
    try:
        for j in range(ROUNDS):
            shared_list.append((k, j))
            shared_dict[(k, j % 50)] = j
            shared_set.add((k, j % 70))
            shared_list[j % 100]  # reads of the pre-thread items
        log.readline()
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(before)
print(len(shared_list) - before[0] == N * ROUNDS)
print(sum(1 for x in shared_list if isinstance(x, tuple)) == N * ROUNDS)
print(dict_before, len(shared_dict) == dict_before + N * 50)
print(len(shared_set) == 1009 + N * 70, errors)
print(first_line.startswith("# Containers"))
log.close()
