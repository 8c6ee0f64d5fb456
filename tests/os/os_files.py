# os: descriptor I/O, stat results, rename/replace/remove, chmod, utime, truncate
import os
import stat

base = "/tmp/shoal_os_files_%d" % os.getpid()
os.mkdir(base)
p = os.path.join(base, "data.bin")

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world"), os.write(fd, bytearray(b"!!")))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.lseek(fd, 2, os.SEEK_SET))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
os.close(fd)

st = os.stat(p)
print(len(st), st[6], st.st_size, st[0] == st.st_mode, st.st_nlink)
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_ino == os.lstat(p).st_ino, st.st_uid == os.getuid())
a, b, *rest = st
print(a == st.st_mode, len(rest), st[-1] == st.st_ctime // 1 or st[-1])
print(type(st).__name__, isinstance(st, tuple), os.stat_result.n_sequence_fields)

os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, 0o644)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
print(os.access(p, os.F_OK), os.access(p, os.R_OK | os.W_OK), os.access(p + "x", os.F_OK))

os.utime(p, (1000000000, 1234567890))
st = os.stat(p)
print(st.st_mtime, st[8], st.st_atime, st.st_mtime_ns)
os.utime(p, ns=(5 * 10**9, 7 * 10**9 + 500))
st = os.stat(p)
print(st.st_mtime_ns, st.st_atime_ns, st.st_mtime)
os.utime(p, (1.5, 2.25))
print(os.stat(p).st_mtime, os.stat(p).st_atime)

os.truncate(p, 4)
with open(p, "rb") as f:
    print(f.read())

q = os.path.join(base, "other.bin")
os.rename(p, q)
print(os.path.exists(p), os.path.exists(q))
with open(p, "w") as f:
    f.write("new")
os.replace(p, q)
with open(q) as f:
    print(f.read(), sorted(os.listdir(base)))

os.link(q, p)
print(os.stat(q).st_nlink, os.path.samefile(p, q))
os.unlink(p)
os.remove(q)
print(os.listdir(base))

def show(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == None or e.filename.replace(base, "BASE"),
              e.filename2 and e.filename2.replace(base, "BASE"))

show(os.stat, base + "/missing")
show(os.remove, base + "/missing")
show(os.rename, base + "/a", base + "/b")
show(os.open, base + "/missing", os.O_RDONLY)
show(os.rmdir, base + "/missing")
show(os.mkdir, base)
show(os.remove, base)
show(os.close, 9999)
show(os.read, 9999, 1)
show(os.chmod, base + "/missing", 0o644)
show(os.utime, base + "/missing")
show(os.lseek, 9999, 0, 0)
try:
    os.stat(base + "/missing")
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.rename(base + "/x", base + "/y")
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.stat(b"/nonexistent_shoal")
except FileNotFoundError as e:
    print(e)
os.rmdir(base)
print(os.path.exists(base))
