# fnmatch patterns (*, ?, [seq], [!seq], ranges, odd brackets) and glob over a small tree
import fnmatch
import glob
import os

names = ["a.py", "b.py", "ab.txt", ".hidden", "x", "X", "a-b", "[x]", "a]b", "!x", "a*b", "a?", "ä.py",
         "a\\b", "", "abc", "-", "^a", "ba"]
patterns = ["*", "*.py", "?", "??", "a*", "*b", "[ab]*", "[!ab]*", "[a-c]*", "[c-a]*", "[!c-a]*", "[]x]",
            "[!]x]", "[x", "a]b", "[[]x]", "[!!]x", "*[*]*", "a[?]", "a\\b", "a[\\]b", "[-]", "[a-]*",
            "[!-]", "[^a]*", "\\*", "*.*", ".*", "**", "*a*b*", "a*b*c", "[a-b-c]", "[--a]", "a[]-]b",
            "[z-a-c]", "ä*", "[^]a"]
for pat in patterns:
    print(repr(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch("FOO.PY", "*.py"), fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("a.PY", "*.PY"))
print(fnmatch.fnmatchcase("a\nb", "a?b"), fnmatch.fnmatchcase("a\nb", "a*b"), fnmatch.fnmatchcase("ab\n", "ab"))
print(fnmatch.fnmatch(b"x.c", b"*.c"), fnmatch.filter([b"q", b"r", b"qq"], b"q*"))
print(fnmatch.fnmatch("a" * 30 + "b", "*a*a*a*a*a*c"), fnmatch.fnmatch("aaaaaaaab", "a*a*ab"))
for bad in [lambda: fnmatch.fnmatch("x", b"x"), lambda: fnmatch.fnmatch(b"x", "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

base = "/tmp/shoal_glob_%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
for p in ["a.py", "b.py", "c.txt", ".hid.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", "sub/.hd/g.py",
          "other/h.py", "we[ir]d.py", "q?.txt"]:
    os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
    with open(p, "w") as f:
        f.write(p)
os.symlink("sub", "sublink")
for pat in ["*.py", "*", ".*", "*/*.py", "sub/*", "s*/*.txt", "*/", "sub/deep", "sub/nothing", "nothing/*",
            "?.py", "[ab].py", "[!ab].*", "**", "**/*.py", "sub/**", "*/**/", "we[[]ir]d.py", "we[ir]d.py",
            "q?.txt", "q[?].txt", "sub", "sub/", "", "*.nope", "*/deep/*"]:
    print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)))
print(sorted(glob.glob("**/*.py", recursive=True, include_hidden=True)))
print(sorted(glob.glob("*", include_hidden=True)))
print(sorted(glob.glob("*.py", root_dir="sub")), sorted(glob.glob("**", root_dir="sub", recursive=True)))
print(sorted(glob.glob(base + "/sub/*.py")) == [base + "/sub/d.py"])
print(sorted(glob.glob(b"*.py")), sorted(glob.iglob("sub/*.txt")), type(glob.iglob("*")).__name__ != "list")
print(glob.escape("a*b?c[d]e"), glob.escape(b"[x]"), glob.has_magic("a[b"), glob.has_magic("abc"), glob.has_magic(b"*"))
print(glob.glob(glob.escape("we[ir]d.py")), glob.glob(glob.escape("q?.txt")))
os.chdir("/")
import shutil
shutil.rmtree(base)
