# Errors from open() and file operations
import os
def show(fn):
    try:
        fn()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

show(lambda: open("/tmp/shoal_no_such_dir/nofile.txt"))
show(lambda: open("/tmp/shoal_no_such_file_xyz.txt"))
show(lambda: open("/tmp/shoal_no_such_file_xyz.txt", "r"))
show(lambda: open("/tmp/shoal_no_such_dir/out.txt", "w"))
show(lambda: open("/tmp"))
show(lambda: open("/tmp", "w"))
show(lambda: open("/tmp/x.txt", "z"))
show(lambda: open("/tmp/x.txt", "rw"))
show(lambda: open("/tmp/x.txt", "rbt"))
show(lambda: open(""))
show(lambda: open(None))
show(lambda: open(3.5))
try:
    open("/tmp/shoal_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
path = "/tmp/shoal_test_file_errors.txt"
with open(path, "w") as f:
    f.write("data")
f = open(path)
f.close()
show(lambda: f.read())
show(lambda: f.readline())
with open(path) as f:
    show(lambda: f.write("x"))
with open(path, "w") as f:
    show(lambda: f.read())
os.remove(path)
show(lambda: os.remove(path))
show(lambda: os.listdir("/tmp/shoal_no_such_dir"))
show(lambda: os.rmdir("/tmp/shoal_no_such_dir"))
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
