# open() modes: x (exclusive), a+, r+, w+ and newline handling
import os
path = "/tmp/shoal_test_open_modes.txt"
if os.path.exists(path):
    os.remove(path)
with open(path, "x") as f:
    f.write("created exclusively\n")
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
with open(path, "a+") as f:
    f.write("appended\n")
    f.seek(0)
    print(repr(f.read()))
with open(path, "r+") as f:
    f.write("CREATED")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "w+") as f:
    print(repr(f.read()))
    f.write("line1\r\nline2\rline3\n")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    print("via print", 42, file=f)
    f.write(str(3.5))
with open(path) as f:
    print(f.readlines())
os.remove(path)
print(os.path.exists(path))
