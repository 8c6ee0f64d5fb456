# open() in text mode: write, read, append, readline(s), iteration, with
import os
path = "/tmp/shoal_test_open_text.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print(n, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(3)), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(5)))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld €\n")
with open(path, encoding="utf-8") as f:
    print(repr(f.read()), f.name == path, f.mode, f.encoding)
with open(path, "rb") as f:
    print(f.read())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(list(open(path)))
os.remove(path)
print(os.path.exists(path))
