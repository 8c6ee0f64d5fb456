# A thread blocked reading a pipe holds up nobody: the main thread can
# collect (which stops the world) and print meanwhile, then unblock it.
import gc
import os
import threading

r, w = os.pipe()
got = []


def reader():
    with open(r, "rb") as f:
        got.append(f.read())


t = threading.Thread(target=reader)
t.start()
for _ in range(3):
    gc.collect()
junk = [[i] for i in range(10000)]
del junk
print("collected while the reader waits")
with open(w, "wb") as f:
    f.write(b"hello through the pipe")
t.join()
print(got)
