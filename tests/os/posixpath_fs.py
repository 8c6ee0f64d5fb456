# os.path functions that look at the file system: exists/is*, sizes and times, samefile, realpath
import os
import os.path as op

base = op.realpath("/tmp/shoal_posixpath_fs_%d" % os.getpid())
os.mkdir(base)
def rel(p):
    if isinstance(p, bytes):
        return p.replace(os.fsencode(base), b"BASE")
    return p.replace(base, "BASE")

f = op.join(base, "file.txt")
with open(f, "w") as fh:
    fh.write("x" * 123)
d = op.join(base, "dir")
os.mkdir(d)
os.symlink(f, op.join(base, "flink"))
os.symlink("dir", op.join(base, "dlink"))
os.symlink("missing", op.join(base, "broken"))
os.symlink("loop2", op.join(base, "loop1"))
os.symlink("loop1", op.join(base, "loop2"))
os.symlink("../dir/../file.txt", op.join(d, "up"))
os.symlink("dlink/up", op.join(base, "chain"))
os.symlink("self/x", op.join(base, "self"))

for name in ["file.txt", "dir", "flink", "dlink", "broken", "loop1", "nothing", "dir/up", "chain"]:
    p = op.join(base, name)
    print(name, op.exists(p), op.lexists(p), op.isfile(p), op.isdir(p), op.islink(p))
print(op.exists(""), op.isdir(""), op.exists("a\0b"), op.exists(b"/"), op.isdir(f + "/x"))
print(op.getsize(f), op.getsize(op.join(base, "flink")), op.getmtime(f) == os.stat(f).st_mtime,
      op.getatime(f) == os.stat(f).st_atime, op.getctime(f) == os.stat(f).st_ctime)
os.utime(f, (100, 200))
print(op.getmtime(f), op.getatime(f))
print(op.samefile(f, op.join(base, "flink")), op.samefile(f, d), op.samefile(d, op.join(base, "dlink")))
with open(f) as a, open(op.join(base, "flink")) as b:
    print(op.sameopenfile(a.fileno(), b.fileno()))
print(op.samestat(os.stat(f), os.stat(op.join(base, "dir/up"))))
try:
    op.getsize(op.join(base, "broken"))
except FileNotFoundError as e:
    print("getsize:", rel(str(e)))

for name in ["file.txt", "flink", "dlink", "dlink/up", "chain", "broken", "broken/more", "loop1", "loop1/x",
             "dir/../flink", "dlink/..", "nothing/../file.txt", "self", "./dir/./up/"]:
    print(name, "->", rel(op.realpath(op.join(base, name))))
print(rel(op.realpath(base + "//dir///")), op.realpath("/"), op.realpath("//"), op.realpath(b"/"))
cwd = os.getcwd()
os.chdir(base)
print(rel(op.realpath("chain")), rel(op.realpath(".")), rel(op.realpath("..")) == op.dirname(base), rel(op.realpath("")))
print(rel(op.realpath(b"dlink")), rel(op.abspath("dlink/..")))
try:
    op.realpath("loop1", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    op.realpath("missing_file", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
print(rel(op.realpath("flink", strict=True)))
os.chdir(cwd)
print(op.ismount("/"), op.ismount(base), op.ismount(op.join(base, "nothing")), op.ismount(op.join(base, "dlink")))
import shutil
shutil.rmtree(base)
print(op.exists(base))
