# os: mkdir/makedirs/removedirs/renames, listdir, scandir and DirEntry, chdir, walk
import os

base = "/tmp/shoal_os_dirs_%d" % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.abspath("x") == base + "/x")

os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
try:
    os.makedirs("a/b/c")
except FileExistsError as e:
    print("FileExistsError", e)
os.makedirs("a/b2/./c2/")
print(sorted(os.listdir("a")), sorted(os.listdir("a/b2")))
for name in ["f1.txt", "f2.py", ".hidden"]:
    with open("a/" + name, "w") as f:
        f.write(name * 2)
os.symlink("f1.txt", "a/link")
os.symlink("nowhere", "a/broken")
os.symlink("b", "a/dirlink")
print(sorted(os.listdir("a")))
print(sorted(os.listdir(b"a")))
print(sorted(os.listdir()) == sorted(os.listdir(".")))

entries = sorted(os.scandir("a"), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
e = entries[entries.index(next(x for x in entries if x.name == "f1.txt"))]
print(e.stat().st_size, e.stat(follow_symlinks=False).st_size, os.fspath(e), e.inode() == os.stat("a/f1.txt").st_ino)
print(type(e).__name__, isinstance(e, os.DirEntry), isinstance(e, os.PathLike))
link = next(x for x in entries if x.name == "link")
print(link.stat().st_size, link.stat(follow_symlinks=False).st_size == len("f1.txt"))
broken = next(x for x in entries if x.name == "broken")
try:
    broken.stat()
except FileNotFoundError as err:
    print("broken:", err)
with os.scandir() as it:
    names = sorted(x.path for x in it)
print(names)
with os.scandir(b"a") as it:
    print(sorted(x.name for x in it)[:3], sorted(x.path for x in it))
it = os.scandir(base + "/a")
first = next(it)
it.close()
print(first.path.startswith(base), list(it))
print(os.readlink("a/link"), os.readlink(b"a/dirlink"))

for top, dirs, files in os.walk("a"):
    dirs.sort()
    print(top, dirs, sorted(files))
print("-- pruned")
for top, dirs, files in os.walk("a"):
    dirs[:] = sorted(d for d in dirs if d != "b")
    print(top, dirs, sorted(files))
print("-- bottom up")
order = []
for top, dirs, files in os.walk("a", topdown=False):
    order.append(top)
    print(top, sorted(dirs), sorted(files)) if top == "a" else None
print(sorted(order), all(order.index(d) < order.index(os.path.dirname(d)) for d in order if d != "a"))
print("-- followlinks")
print(sorted(t[0] for t in os.walk("a", followlinks=True)))
errs = []
print(list(os.walk("missing", onerror=errs.append)), [type(e).__name__ for e in errs], errs[0].filename)
print(list(os.walk("a/f1.txt")))

os.renames("a/b2/c2", "z/y/x")
print(sorted(os.listdir(".")), os.path.exists("a/b2"), os.listdir("z/y"))
os.removedirs("z/y/x")
print(sorted(os.listdir(".")))
try:
    os.removedirs("a/b/c/missing")
except FileNotFoundError as e:
    print("removedirs:", e)
try:
    os.rmdir("a")
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.listdir("a/f1.txt")
except NotADirectoryError as e:
    print("NotADirectoryError", e)
try:
    os.scandir("missing")
except FileNotFoundError as e:
    print("scandir:", e)
try:
    os.chdir("missing")
except FileNotFoundError as e:
    print("chdir:", e)

fd = os.open("a", os.O_RDONLY)
print(sorted(os.listdir(fd))[:2], os.stat("f1.txt", dir_fd=fd).st_size)
os.chdir(fd)
print(os.getcwd() == base + "/a")
os.close(fd)
os.chdir(start)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
