# os: process ids, system, fork/waitpid/_exit, pipes and descriptors, wait status helpers
import os
import sys

print(os.getpid() == os.getpid(), os.getppid() != os.getpid(), type(os.getuid()).__name__)
print(os.geteuid() == os.getuid(), os.getgid() == os.getegid())

sys.stdout.flush()
st = os.system("exit 3")
print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))
sys.stdout.flush()
st = os.system("echo from the shell")
print(st, os.waitstatus_to_exitcode(st))
sys.stdout.flush()
st = os.system('kill -9 $$')
print(os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st), os.WIFEXITED(st))

r, w = os.pipe()
print(os.get_inheritable(r), os.isatty(r), os.write(w, b"through the pipe"))
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)

r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"child %d" % os.getppid())
    os._exit(7)
os.close(w)
data = os.read(r, 100)
os.close(r)
got, status = os.waitpid(pid, 0)
print(got == pid, data == b"child %d" % os.getpid(), os.WEXITSTATUS(status), os.WIFEXITED(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 15)
    os._exit(0)
_, status = os.wait()
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)

fd = os.dup(1)
print(fd > 2, os.get_inheritable(fd))
sys.stdout.flush()
os.write(fd, b"written to a dup of stdout\n")
r, w = os.pipe()
fd2 = os.dup2(w, fd)
print(fd2 == fd, os.get_inheritable(fd))
os.write(fd, b"into the pipe")
os.close(fd)
os.close(w)
print(os.read(r, 100))
os.close(r)

with os.popen("echo popen works; echo line2") as f:
    print(f.read().split("\n"))
p = os.popen("exit 2")
print(p.read(), p.close())
print(os.popen("true").close())

u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] == t.elapsed)
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
print(os.WNOHANG, os.EX_OK, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT != 0, os.O_EXCL != 0, os.O_APPEND != 0)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
for bad in [lambda: os.urandom(-1), lambda: os.waitstatus_to_exitcode(0x7f),
            lambda: os.read(0, -1), lambda: os.write(1, "str")]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
