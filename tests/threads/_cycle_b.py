# Imported by tests/threads/import_cycle.py, together with _cycle_a.
import time

time.sleep(0.2)
import _cycle_a

Y = 2
