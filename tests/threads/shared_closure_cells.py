# Closures of several threads share cells: rebinding a nonlocal while
# other threads read and rebind it must never crash (each load sees some
# value that was stored), and with a lock the count is exact.
import threading

ROUNDS = 20000


def unlocked():
    total = 0
    text = "x" * 40
    seen_bad = []

    def worker(k):
        nonlocal total, text
        for i in range(ROUNDS):
            total += 1000003  # a new int object every time
            text = text[:20] + str(i) + "y" * 20
            if not isinstance(total, int) or not text.startswith("x" * 20):
                seen_bad.append((total, text))

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("unlocked:", total > 0, total % 1000003 == 0, seen_bad[:3])


def locked():
    count = 0
    lock = threading.Lock()

    def worker():
        nonlocal count
        for _ in range(ROUNDS):
            with lock:
                count += 1

    ts = [threading.Thread(target=worker) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("locked:", count)


def deleting():
    # one thread deletes and rebinds the cell while others read it
    value = [1]
    errors = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                v = value
                if v != [1] and v != [2]:
                    errors.append(v)
            except NameError:
                pass

    def changer():
        nonlocal value
        for i in range(ROUNDS // 4):
            del value
            value = [1 + i % 2]
        stop.set()

    ts = [threading.Thread(target=reader) for _ in range(3)]
    for t in ts:
        t.start()
    changer()
    for t in ts:
        t.join()
    print("deleting:", errors[:3])


unlocked()
locked()
deleting()
