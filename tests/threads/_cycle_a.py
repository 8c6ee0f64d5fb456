# Imported by tests/threads/import_cycle.py, together with _cycle_b.
import time

time.sleep(0.2)
import _cycle_b

X = 1
