# Two threads import two modules that import each other: each would wait
# for the other's import, so one takes the other's partial module instead
# of deadlocking (as CPython does), and both imports complete.
import threading

done = []


def imp(name):
    __import__(name)
    done.append(name)


threads = [threading.Thread(target=imp, args=(n,)) for n in ("_cycle_a", "_cycle_b")]
for t in threads:
    t.start()
for t in threads:
    t.join(10)
import _cycle_a
import _cycle_b
print(sorted(done), _cycle_a.X, _cycle_b.Y)
