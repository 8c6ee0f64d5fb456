# sys.exit(None) and sys.exit(0) exit with status 0
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    print("handled", e)
print("exiting cleanly")
sys.exit(None)
