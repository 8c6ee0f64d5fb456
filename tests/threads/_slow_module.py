# Imported by tests/threads/concurrent_import.py: takes a while to run, so
# that other threads ask for it while it is half done.
import time

FIRST = 1
time.sleep(0.2)
executed = globals().get("executed", 0) + 1
LAST = 2
