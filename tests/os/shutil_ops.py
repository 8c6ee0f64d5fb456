# shutil: copyfile/copy/copy2/copytree, move, rmtree, which, errors
import os
import shutil
import stat
import sys

base = "/tmp/shoal_shutil_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
def tree(top):
    out = []
    for d, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(d, name)
            with open(p) as f:
                out.append((p, f.read()))
        if not files and not dirs:
            out.append((d + "/", None))
    return out

with open("src.txt", "w") as f:
    f.write("payload " * 10000)
os.chmod("src.txt", 0o640)
os.utime("src.txt", (1000, 2000))
print(shutil.copyfile("src.txt", "dst.txt"), os.path.getsize("dst.txt"))
print(oct(stat.S_IMODE(os.stat("dst.txt").st_mode)) == oct(0o640), os.stat("dst.txt").st_mtime == 2000)
os.mkdir("into")
print(shutil.copy("src.txt", "into"), oct(stat.S_IMODE(os.stat("into/src.txt").st_mode)), os.stat("into/src.txt").st_mtime == 2000)
print(shutil.copy2("src.txt", "c2.txt"), os.stat("c2.txt").st_mtime, oct(stat.S_IMODE(os.stat("c2.txt").st_mode)))
shutil.copymode("src.txt", "dst.txt")
shutil.copystat("src.txt", "dst.txt")
print(oct(stat.S_IMODE(os.stat("dst.txt").st_mode)), os.stat("dst.txt").st_mtime)
try:
    shutil.copyfile("src.txt", "src.txt")
except shutil.SameFileError as e:
    print("SameFileError", e, isinstance(e, OSError))
try:
    shutil.copyfile("missing.txt", "x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    shutil.copyfile("src.txt", "nodir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)

import io
a = io.StringIO("abc" * 5)
b = io.StringIO()
shutil.copyfileobj(a, b, 4)
print(b.getvalue())

os.makedirs("t/sub/deep")
for p, text in [("t/a.py", "A"), ("t/b.txt", "B"), ("t/sub/c.py", "C"), ("t/sub/deep/d.pyc", "D")]:
    with open(p, "w") as f:
        f.write(text)
os.symlink("a.py", "t/link.py")
print(shutil.copytree("t", "t2"))
print(tree("t2"), os.path.islink("t2/link.py"))
shutil.copytree("t", "t3", symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "b*"))
print(tree("t3"), os.path.islink("t3/link.py"), os.readlink("t3/link.py"))
try:
    shutil.copytree("t", "t2")
except FileExistsError as e:
    print("FileExistsError", e)
shutil.copytree("t", "t2", dirs_exist_ok=True)
print(len(tree("t2")))
ign = shutil.ignore_patterns("*.py")
print(sorted(ign("x", ["a.py", "b.txt", "c.py"])))

print(shutil.move("dst.txt", "moved.txt"), os.path.exists("dst.txt"), os.path.exists("moved.txt"))
print(shutil.move("moved.txt", "into"), sorted(os.listdir("into")))
print(shutil.move("t3", "t4"), os.path.exists("t3"), tree("t4")[0])
print(shutil.move("t4", "into"), sorted(os.listdir("into")))
try:
    shutil.move("c2.txt", "into") and shutil.copy("src.txt", "c2.txt") and shutil.move("c2.txt", "into")
except shutil.Error as e:
    print("Error", str(e).replace(base, "BASE"))
try:
    shutil.move("t2", "t2/inside")
except shutil.Error as e:
    print("Error", e)

errors = []
os.chmod("t/sub", 0o500) if os.getuid() != 0 else None
shutil.rmtree("t2")
print(os.path.exists("t2"))
try:
    shutil.rmtree("nothing")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
shutil.rmtree("nothing", ignore_errors=True)
shutil.rmtree("nothing", onerror=lambda f, p, ei: errors.append((p, ei[0].__name__)))
print(errors[:1])
try:
    shutil.rmtree("t/link.py")
except OSError as e:
    print("OSError", e)
os.chmod("t/sub", 0o700)
shutil.rmtree("t")
print(sorted(os.listdir(".")))

os.mkdir("bin")
with open("bin/mytool", "w") as f:
    f.write("#!/bin/sh\necho hi\n")
os.chmod("bin/mytool", 0o755)
with open("bin/notexec", "w") as f:
    f.write("")
os.mkdir("bin/adir")
os.chmod("bin/adir", 0o755)
p = base + "/bin"
print(shutil.which("mytool", path=p) == p + "/mytool", shutil.which("notexec", path=p), shutil.which("adir", path=p))
print(shutil.which("mytool", path="/nonexistent" + os.pathsep + p) == p + "/mytool", shutil.which("mytool", path=""))
print(shutil.which("bin/mytool"), shutil.which("./bin/notexec"), shutil.which("sh") is not None)
print(shutil.which("shoal-surely-not-a-command"), shutil.which("notexec", mode=os.F_OK, path=p) == p + "/notexec")
os.environ["PATH"] = p
print(shutil.which("mytool") == p + "/mytool")
ts = shutil.get_terminal_size((33, 44))
print(type(ts).__name__, ts.columns > 0, ts.lines > 0)
os.environ["COLUMNS"] = "101"
os.environ["LINES"] = "7"
print(shutil.get_terminal_size())
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
