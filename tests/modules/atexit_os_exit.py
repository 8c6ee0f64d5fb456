# os._exit ends the process at once: no atexit callbacks.
import atexit
import os
import sys

atexit.register(print, "never printed")
print("before _exit", flush=True)
os._exit(4)
