# The atexit callbacks run once the non-daemon threads have ended (they are
# joined first), and not at all after os._exit (atexit_os_exit.py).
import atexit
import threading
import time

go = threading.Event()
log = []


def worker():
    go.wait()
    time.sleep(0.05)
    log.append("worker")
    print("worker finished")


def at_exit():
    print("atexit sees", log, threading.active_count())


atexit.register(at_exit)
t = threading.Thread(target=worker)
t.start()
print("main done", t.is_alive())
go.set()
