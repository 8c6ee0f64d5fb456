# os.sched_getaffinity / sched_setaffinity (pid 0: the calling thread) and
# their errors.
import os
s = os.sched_getaffinity(0)
print(type(s).__name__, len(s) >= 1, all(isinstance(c, int) for c in s))
os.sched_setaffinity(0, s)
print(os.sched_getaffinity(0) == s)
for bad in ([-1], 5, ['a'], [], [2**70]):
    try:
        os.sched_setaffinity(0, bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.sched_getaffinity(2**22 + 12345)
except Exception as e:
    print(type(e).__name__, e)
try:
    os.sched_getaffinity("x")
except Exception as e:
    print(type(e).__name__)
import os
try: os.sched_setaffinity(0, [5000])
except OSError as e: print(e.errno, e)
