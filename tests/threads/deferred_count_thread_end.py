# A thread that drops a reference to a deferred object (a module-level
# function) which it did not take counts the decrement in its own table
# (refcount_deferred.c). Adding that decrement to the shared count when the
# thread ended, while another thread's table still held the matching
# increments, made the count read 0 with references alive: the owner's
# last local reference then freed the function under the thread holding it
# (its block reused by a lambda, or a crash when called).
import gc
import threading
import time
import weakref

gc.disable()  # a collection adds every table up, which hides the bug
ROUNDS = 30
results = []
names = []

for r in range(ROUNDS):

    def f(r=r):
        return r * 2

    handed = [f]

    def drop():  # ends with -1 for f in its table
        x = handed.pop()
        del x

    t = threading.Thread(target=drop)
    t.start()
    t.join()

    back = []
    go = threading.Event()
    done = threading.Event()

    def hold():
        mine = [f, f, f]  # +3 in this thread's table
        back.append(mine.pop())
        go.set()
        done.wait()
        names.append(mine[0].__name__)
        results.append(mine[0]() + mine[1]())

    t = threading.Thread(target=hold)
    t.start()
    go.wait()
    x = back.pop()
    del x, f  # the owner's last local references
    junk = [lambda: -1 for _ in range(50)]  # reuses freed blocks
    done.set()
    t.join()
    del junk

gc.enable()
print(results == [4 * r for r in range(ROUNDS)])
print(set(names))


def last():
    return 0


ref = weakref.ref(last)
t = threading.Thread(target=lambda: [last, last])
t.start()
t.join()
del last
# what the thread dropped may die after a grace period, not at once
for _ in range(200):
    gc.collect()
    if ref() is None:
        break
    time.sleep(0.001)
print(ref() is None)
