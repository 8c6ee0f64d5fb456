# os: argument checking, PathLike and bytes paths, dir_fd, fdopen, constants, stat_result details
import os
import stat
import sys

base = "/tmp/shoal_os_misc_%d" % os.getpid()
os.mkdir(base)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

f = os.path.join(base, "f")
fd = os.open(P(f), os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
os.write(fd, b"12345")
os.close(fd)
print(os.stat(P(f)).st_size, os.stat(os.fsencode(f)).st_size, os.path.exists(P(f)))
try:
    os.open(f, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == f)
try:
    os.stat(P(base + "/nope"))
except FileNotFoundError as e:
    print(type(e.filename).__name__, str(e).replace(base, "BASE"))
fd = os.open(f, os.O_RDONLY)
print(os.stat(fd).st_size, os.fstat(fd).st_size == os.stat(f).st_size)
os.close(fd)
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
os.mkdir("sub", dir_fd=dfd)
fd = os.open("sub/g", os.O_CREAT | os.O_WRONLY, dir_fd=dfd)
os.close(fd)
print(sorted(os.listdir(base)), os.stat("sub/g", dir_fd=dfd).st_size, os.access("sub/g", os.F_OK, dir_fd=dfd))
os.rename("sub/g", "sub/h", src_dir_fd=dfd, dst_dir_fd=dfd)
os.unlink("sub/h", dir_fd=dfd)
os.rmdir("sub", dir_fd=dfd)
os.close(dfd)
print(sorted(os.listdir(base)))

with os.fdopen(os.open(f, os.O_RDONLY)) as fo:
    print(fo.read())
with os.fdopen(os.open(f, os.O_WRONLY | os.O_APPEND), "w") as fo:
    fo.write("678")
with open(f, "rb") as fo:
    print(fo.read())

for bad in [lambda: os.stat(None), lambda: os.stat(1.5), lambda: os.listdir(1.5), lambda: os.rename(1, "x"),
            lambda: os.rename("x", None), lambda: os.remove(3), lambda: os.mkdir([]), lambda: os.stat("a\0b"),
            lambda: os.stat(b"a\0b"), lambda: os.open(f, "r"), lambda: os.chdir(None), lambda: os.lstat(3),
            lambda: os.stat(P(3)), lambda: os.close("1"), lambda: os.dup(), lambda: os.stat(),
            lambda: os.stat(f, bogus=1), lambda: os.system(), lambda: os.kill(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

st = os.stat(f)
print(len(st), st.st_size, st[stat.ST_SIZE], st[-4:][-1] == st.st_ctime.__floor__() or "x", list(st[:1]) == [st.st_mode])
print(st.st_blksize > 0, st.st_blocks >= 0, type(st.st_rdev).__name__, st.st_mtime_ns // 10**9 == st[stat.ST_MTIME])
print(repr(os.stat_result(range(10))))
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    os.DirEntry()
except TypeError as e:
    print("TypeError", e)
try:
    st.st_size = 5
except AttributeError as e:
    print("AttributeError")
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print("OSError", e.errno)
os.close(r)
os.close(w)
old = os.umask(0o022)
print(oct(os.umask(old)))
print(os.name, os.sep, os.altsep, os.curdir, os.pardir, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.defpath)
print(os.error is OSError, os.path.sep is os.sep, sys.modules["os.path"] is os.path)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(callable(os.getcwdb), type(os.getcwdb()).__name__, os.getcwdb() == os.fsencode(os.getcwd()))
from os import path, makedirs, walk, getenv, environ, PathLike
print(path.basename("a/b"), callable(makedirs), getenv("SHOAL_NOT_SET", 1))
os.remove(f)
os.rmdir(base)
print(os.path.exists(base))
