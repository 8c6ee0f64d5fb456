# stat: mode tests, filemode, S_IMODE/S_IFMT, constants, on real files
import os
import stat

modes = [0, 0o100644, 0o100755, 0o040755, 0o041777, 0o120777, 0o140755, 0o020666, 0o060660, 0o010644,
         0o104755, 0o102755, 0o101644, 0o100000, 0o106000, 0o101000, 0o7777, 0o040000]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                stat.S_ISFIFO, stat.S_ISSOCK) if f(m)])
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_ISUID,
      stat.S_ISGID, stat.S_ISVTX, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.ST_MODE, stat.ST_INO, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_IMMUTABLE,
      stat.FILE_ATTRIBUTE_DIRECTORY)
base = "/tmp/shoal_stat_%d" % os.getpid()
os.mkdir(base)
f = base + "/f"
open(f, "w").close()
os.chmod(f, 0o751)
os.symlink(f, base + "/l")
r, w = os.pipe()
for p in [base, f]:
    st = os.stat(p)
    print(stat.filemode(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]))
print(stat.filemode(os.lstat(base + "/l").st_mode)[0], stat.filemode(os.stat(base + "/l").st_mode))
print(stat.filemode(os.fstat(r).st_mode)[0], stat.S_ISFIFO(os.fstat(w).st_mode), stat.S_ISCHR(os.stat("/dev/null").st_mode))
os.close(r)
os.close(w)
os.remove(base + "/l")
os.remove(f)
os.rmdir(base)
