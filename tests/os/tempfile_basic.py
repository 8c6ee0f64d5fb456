# tempfile: gettempdir, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, TemporaryDirectory
import os
import stat
import tempfile

os.environ["TMPDIR"] = "/tmp"
tempfile.tempdir = None
print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.gettempdirb())
base = tempfile.mkdtemp(prefix="shoal_tempfile_")
print(os.path.isdir(base), os.path.isabs(base), os.path.basename(base).startswith("shoal_tempfile_"),
      len(os.path.basename(base)) == len("shoal_tempfile_") + 8, oct(stat.S_IMODE(os.stat(base).st_mode)))

fd, path = tempfile.mkstemp(suffix=".dat", prefix="pre_", dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path).startswith("pre_"),
      path.endswith(".dat"), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"written")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
names = set()
for i in range(20):
    fd, p = tempfile.mkstemp(dir=base)
    os.close(fd)
    names.add(p)
print(len(names), len(os.listdir(base)), all(os.path.basename(p).startswith("tmp") for p in names))
for p in names:
    os.remove(p)
d = tempfile.mkdtemp(dir=base, suffix="_s")
print(d.endswith("_s"), os.path.dirname(d) == base)
os.rmdir(d)
fd, p = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(p).__name__)
os.remove(p)

with tempfile.NamedTemporaryFile(dir=base, suffix=".txt") as f:
    name = f.name
    print(os.path.exists(name), name.endswith(".txt"), f.write(b"abc"))
    f.flush()
    f.seek(0)
    print(f.read(), os.path.getsize(name))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False)
f.write("text mode\nline 2\n")
f.seek(0)
print(list(f), f.closed)
f.close()
print(os.path.exists(f.name))
with open(f.name) as g:
    print(g.read().split())
os.remove(f.name)

with tempfile.TemporaryFile(dir=base) as t:
    t.write(b"anonymous")
    t.seek(0)
    print(t.read(), os.listdir(base))

with tempfile.TemporaryDirectory(dir=base, prefix="td_") as td:
    print(os.path.isdir(td), os.path.basename(td).startswith("td_"))
    os.makedirs(os.path.join(td, "x/y"))
    with open(os.path.join(td, "x/y/z"), "w") as f:
        f.write("deep")
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=base)
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name), os.listdir(base))
m = tempfile.mktemp(dir=base)
print(os.path.exists(m), os.path.dirname(m) == base)
os.rmdir(base)
print(os.path.exists(base))
