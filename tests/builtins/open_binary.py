# open() in binary mode
import os
path = "/tmp/shoal_test_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    content = f.read()
print(len(content), content[:8], content[-6:], content[:256] == data)
with open(path, "rb") as f:
    print(f.read(4), f.read(4), f.tell())
    f.seek(250)
    print(f.read(10))
    f.seek(-3, 2)
    print(f.read(), f.read(), f.tell())
with open(path, "ab") as f:
    f.write(b"++")
with open(path, "rb") as f:
    print(f.read()[-5:])
with open(path, "wb") as f:
    f.write(b"line1\nline2\nline3")
with open(path, "rb") as f:
    print(f.readline(), f.readlines())
with open(path, "rb") as f:
    print(list(f))
with open(path, "r+b") as f:
    f.seek(0)
    f.write(b"LINE")
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(bytearray(b"from bytearray"))
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "rb") as f:
    print(f.read(), type(f.read()).__name__)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
print(os.path.getsize(path))
os.remove(path)
