# os and os.path basics (pure path manipulation plus a temp file)
import os
import os.path as op
print(op.join("a", "b", "c.txt"), op.join("/abs", "x"), op.join("a", "/root", "b"), op.join("a", ""))
print(op.split("/usr/lib/python3"), op.split("file"), op.split("/"), op.split("dir/"))
print(op.basename("/a/b/c.py"), op.dirname("/a/b/c.py"), op.basename("dir/"), op.dirname("file"))
print(op.splitext("archive.tar.gz"), op.splitext(".bashrc"), op.splitext("noext"), op.splitext("a.b/c"))
print(op.normpath("a//b/./c/../d"), op.normpath("/../x"), op.normpath(""), op.normpath("a/b/.."))
print(op.isabs("/x"), op.isabs("x"), op.commonprefix(["/usr/lib", "/usr/local"]))
path = "/tmp/shoal_test_os_path.txt"
with open(path, "w") as f:
    f.write("12345")
print(op.exists(path), op.isfile(path), op.isdir(path), op.isdir("/tmp"), op.getsize(path))
print(op.exists("/tmp/definitely/not/here"), op.isfile("/tmp"))
d = "/tmp/shoal_test_os_path_dir"
os.makedirs(d, exist_ok=True)
for name in ["b.txt", "a.txt"]:
    with open(op.join(d, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(d)))
for name in os.listdir(d):
    os.remove(op.join(d, name))
os.rmdir(d)
os.remove(path)
print(op.exists(path), op.exists(d))
print(os.sep, os.cursep if hasattr(os, "cursep") else os.curdir, os.pardir, type(os.getcwd()).__name__)
print(os.getcwd() == op.abspath("."), op.abspath("x").endswith("/x"))
print(hasattr(os.environ, "get"), isinstance(os.environ.get("PATH", ""), str), os.environ.get("SHOAL_SURELY_UNSET_VAR"))
print(os.getenv("SHOAL_SURELY_UNSET_VAR", "default"), os.name)
