# posixpath string functions: CPython's exact results, str and bytes
import os
import posixpath as pp

print(os.path is pp, os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep, os.path.altsep)
cases = ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "//a//b//", "a/./b/../c", "../a", "/../a",
         "./", ".", "..", "a/..", "a/../..", "/a/b/../../..", "a//b/../c", "///a/./b", "//a/..",
         ".bashrc", "a/.bashrc", "a.b/c", "a/b.c.d", "a/b.", "...", "..a", "a..", "x/..ext", "a/.b.c"]
for c in cases:
    print(repr(c), pp.split(c), pp.splitext(c), pp.basename(c), repr(pp.dirname(c)), pp.normpath(c), pp.isabs(c))
print(pp.join("a", "b", "c"), pp.join("/a", "/b", "c"), pp.join("a", ""), pp.join("", "a"), pp.join("a/", "b"))
print(pp.join("", ""), pp.join("/", "x"), pp.join("a", "b/", "c"), pp.join(b"a", b"b"), pp.join("a"))
print(pp.split(b"/x/y"), pp.splitext(b"f.tar.gz"), pp.normpath(b"a//b/../c"), pp.basename(b"a/b"), pp.dirname(b"a/b"))
print(pp.splitdrive("/a/b"), pp.normcase("AbC"), pp.isabs(b"/x"))
print(pp.commonprefix(["/usr/lib", "/usr/local/lib"]), pp.commonprefix([]), pp.commonprefix(["abc"]),
      pp.commonprefix([[1, 2, 3], [1, 2, 4]]), pp.commonprefix(["a", "b"]))
print(pp.commonpath(["/usr/lib", "/usr/local/lib"]), pp.commonpath(["a/b/c", "a/b/d", "a/b"]),
      pp.commonpath(["/a//b/./c", "/a/b/d"]), pp.commonpath(["/"]), pp.commonpath(["a", "b"]),
      pp.commonpath([b"/x/y", b"/x/z"]))
print(pp.relpath("/a/b/c", "/a"), pp.relpath("/a", "/a/b/c"), pp.relpath("/a/b", "/a/b"),
      pp.relpath("/x/y", "/a/b"), pp.relpath("a/b", "a"), pp.relpath(b"/a/b", b"/"))
print(pp.relpath("x") == "x", pp.relpath(os.getcwd()) == ".")
print(pp.abspath("/a/../b/./c"), pp.abspath("x") == os.getcwd() + "/x", pp.abspath("") == os.getcwd())
os.environ["SHOAL_V"] = "value"
os.environ["SHOAL_W"] = "/w"
for s in ["$SHOAL_V", "${SHOAL_V}", "x$SHOAL_V/y", "$SHOAL_NOPE", "${SHOAL_NOPE}x", "$", "$$SHOAL_V", "${",
          "${SHOAL_V", "a$SHOAL_V$SHOAL_W", "$SHOAL_V.txt", "${SHOAL_V}${SHOAL_W}", "no dollar", "$1", "${}", "$-x",
          "~/x", "$SHOAL_Vx"]:
    print(repr(s), repr(pp.expandvars(s)))
print(pp.expandvars(b"$SHOAL_V/$NOPE_SHOAL"))
os.environ["HOME"] = "/home/someone/"
print(pp.expanduser("~"), pp.expanduser("~/x/y"), pp.expanduser("x/~"), pp.expanduser("~root/z"),
      pp.expanduser("~shoal_no_such_user/a"), pp.expanduser(b"~/b"))
os.environ["HOME"] = "/"
print(pp.expanduser("~"), pp.expanduser("~/q"))
for bad in [lambda: pp.join("a", b"b"), lambda: pp.join(1, "a"), lambda: pp.join("a", None),
            lambda: pp.commonpath([]), lambda: pp.commonpath(["/a", "b"]), lambda: pp.relpath(""),
            lambda: pp.split(3), lambda: pp.commonpath(["a", b"b"])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(pp.join(P("a"), P("b")), pp.basename(P("x/y.z")), pp.splitext(P("q.r")), os.fspath(P(b"b")))
print(isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
for bad in [lambda: os.fspath(1), lambda: os.fspath(P(1)), lambda: os.fsencode(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
surrogate = b"a\xff".decode("utf-8", "surrogateescape")
print(os.fsencode(surrogate), ascii(os.fsdecode(b"a\xff")), os.fsencode(b"x"), os.fsdecode("y"), os.fsencode(P("p")))
