# sys.exit(3): exit status 3 and no traceback
import sys
print("doing work")
for i in range(3):
    print("step", i)
sys.stdout.flush()
sys.exit(3)
print("not reached")
