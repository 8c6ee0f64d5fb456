# Ctrl-C (SIGINT) reaches the main thread while it is blocked: in a lock,
# a join, a pipe read, a sleep and a queue; each wait ends with
# KeyboardInterrupt, as in CPython. (Not under tests/threads:
# ThreadSanitizer delays signal handlers past blocking calls.)
import os
import queue
import threading
import time

SIGINT = 2


def interrupt_soon():
    def kill():
        time.sleep(0.2)
        os.kill(os.getpid(), SIGINT)
    threading.Thread(target=kill, daemon=True).start()


def blocked_lock():
    lock = threading.Lock()
    lock.acquire()
    lock.acquire()


def blocked_join():
    t = threading.Thread(target=time.sleep, args=(2,), daemon=True)
    t.start()
    t.join()


def blocked_read():
    r, w = os.pipe()
    os.read(r, 10)


def blocked_sleep():
    time.sleep(2)


def blocked_queue():
    queue.Queue().get()


for wait in (blocked_lock, blocked_join, blocked_read, blocked_sleep, blocked_queue):
    interrupt_soon()
    start = time.monotonic()
    try:
        wait()
        print(wait.__name__, "returned")
    except KeyboardInterrupt:
        print(wait.__name__, "interrupted", time.monotonic() - start < 1.5)
