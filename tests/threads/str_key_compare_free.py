# Lock-free dict and set lookups whose key is a str equal to, but not the
# same object as, the entry's key compare the two strings. The entry's key
# is not counted: another thread may remove it and free it right then (its
# type cleared, its first payload words overwritten by a block-cache or
# QSBR chain link, its block reused). Comparing another thread's key in
# place crashed (sh_str_equal reloaded the type for the data pointer); it
# is now counted first, as keys of other types are.
import threading
import time


def mk():
    return "".join(["ab", "cd"])  # a new str each time, never interned


def run(container, add, remove, present, seconds):
    stop = [False]
    seen = [0, 0]

    def writer():
        k = mk()
        n = 0
        t0 = time.time()
        while time.time() - t0 < seconds:
            for _ in range(1000):
                add(container, mk())     # the writer's key object...
                remove(container, k)     # ...removed and freed here
                n += 1
        seen[0] = n

    def reader():
        k = mk()
        hits = 0
        while not stop[0]:
            if present(container, k):
                hits += 1
        seen[1] = hits

    r = threading.Thread(target=reader)
    r.start()
    w = threading.Thread(target=writer)
    w.start()
    w.join()
    stop[0] = True
    r.join()
    return seen[0] > 0, len(container)


def dict_add(d, k):
    d[k] = 1


def dict_remove(d, k):
    d.pop(k)


def dict_present(d, k):
    return d.get(k) is not None


def set_add(s, k):
    s.add(k)


def set_remove(s, k):
    s.remove(k)


def set_present(s, k):
    return k in s


print("dict:", run({}, dict_add, dict_remove, dict_present, 1.0))
print("set:", run(set(), set_add, set_remove, set_present, 1.0))


# Many keys, long ones (past the block caches) and another thread's, equal
# copies looked up while two writers replace them: values stay exact.
N = 64


def key(i):
    s = "k%d-" % i
    return s * (80 if i % 2 == 0 else 3) + str(i % 7)


d = {key(i): i for i in range(N)}
s = {key(i) for i in range(N)}
stop = [False]
bad = []


def replacer(lo, hi):
    for r in range(150):
        for i in range(lo, hi):
            k = key(i)
            del d[k]
            d[key(i)] = i
            s.discard(k)
            s.add(key(i))


def looker():
    keys = [key(i) for i in range(N)]
    while not stop[0]:
        for i in range(N):
            v = d.get(keys[i])
            if v is not None and v != i:
                bad.append((i, v))
            keys[i] in s
            if (keys[i] + "x") in d:
                bad.append(("phantom", i))


ls = [threading.Thread(target=looker) for _ in range(2)]
ws = [threading.Thread(target=replacer, args=(0, N // 2)),
      threading.Thread(target=replacer, args=(N // 2, N))]
for t in ls + ws:
    t.start()
for t in ws:
    t.join()
stop[0] = True
for t in ls:
    t.join()
print("bad:", bad[:5])
print("dict:", len(d), sorted(d.values()) == list(range(N)))
print("set:", len(s), all(key(i) in s for i in range(N)))
