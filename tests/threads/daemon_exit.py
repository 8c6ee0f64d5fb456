# Daemon threads do not keep the program alive; non-daemon threads are
# waited for at exit.
import threading
import time

never = threading.Event()


def forever():
    never.wait()          # never set: this thread is still blocked at exit


def spinner():
    while True:
        time.sleep(0.001)


d1 = threading.Thread(target=forever, daemon=True)
d2 = threading.Thread(target=spinner)
d2.daemon = True
d1.start()
d2.start()
print(d1.daemon, d2.daemon, d1.is_alive(), d2.is_alive())
try:
    d1.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# daemon status is inherited from the creating thread
inherited = []


def make_child():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)


t = threading.Thread(target=make_child, daemon=True)
t.start()
t.join()
t = threading.Thread(target=make_child)
t.start()
t.join()
print("inherited:", inherited, threading.current_thread().daemon)

d1.join(timeout=0.01)
print("still alive after join(timeout):", d1.is_alive())

# a non-daemon thread that outlives the main code: the program waits for it
go = threading.Event()


def late():
    go.wait()
    time.sleep(0.02)
    print("late thread finished")


threading.Thread(target=late).start()
print("main done", threading.active_count())
go.set()
