#!/usr/bin/env python3
"""Compares build/parsetest/astdump with CPython's ast module.

Usage (from the repository root, after tests/parse/build.sh):
  tests/parse/compare.py [-a] [-j N] [-v] PATH...   PATHs: files or directories
  tests/parse/compare.py --errors                   the snippets in tests/parse/bad/
  tests/parse/compare.py -a tests/parse/good        valid edge cases (.txt files)

Tree mode: every .py file is parsed by both; the dumps (with positions when
-a is given) must be identical, or both must fail with the same error.
Error mode: each tests/parse/bad/*.txt snippet must fail in both with the
same message, line and offset.
"""
import ast
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DRIVER = os.path.join(ROOT, "build", "parsetest", "astdump")


def python_error(e):
    return "%s: %s (line %s, offset %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)


def python_result(path, attrs):
    # bytes, as an importer reads the file: BOM and coding cookie apply
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        if "unknown encoding" in str(e.msg) or "encoding problem" in str(e.msg):
            return "skip", "python: %s" % e.msg
        return "error", python_error(e)
    except (ValueError, RecursionError, MemoryError, LookupError) as e:
        return "skip", "python: %s" % e
    return "ok", ast.dump(tree, include_attributes=attrs)


def mine_result(path, attrs, errors=False, str_source=False):
    # trees: with match statements parsed (-M); error snippets: the default
    args = [DRIVER] + (["-a"] if attrs else []) + (["-s"] if errors else ["-M"]) + \
        (["-S"] if str_source else []) + [path]
    try:
        r = subprocess.run(args, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "crash", "timeout"
    if r.returncode not in (0, 1):
        return "crash", "exit %d %s" % (r.returncode, r.stderr.decode(errors="replace")[:200])
    out = r.stdout.decode("utf-8", errors="surrogateescape").rstrip("\n")
    if r.returncode == 1 or errors:
        return ("ok" if out == "OK" else "error"), out
    return "ok", out


def check(job):
    path, attrs = job
    pk, pv = python_result(path, attrs)
    if pk == "skip":
        return path, "skip", pv
    mk, mv = mine_result(path, attrs)
    if (pk, pv) == (mk, mv):
        return path, "match" if pk == "ok" else "both-error", ""
    if pk == "error" and mk == "error":
        return path, "error-differs", "python: %s\nmine:   %s" % (pv, mv)
    if mk == "crash":
        return path, "crash", mv
    if pk == "error":
        return path, "python-only-error", pv
    if mk == "error":
        return path, "mine-only-error", mv
    # locate the first difference
    i = next((k for k in range(min(len(pv), len(mv))) if pv[k] != mv[k]), min(len(pv), len(mv)))
    return path, "tree-differs", "at %d:\n python: ...%s\n mine:   ...%s" % (
        i, pv[max(0, i - 150):i + 150], mv[max(0, i - 150):i + 150])


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                files += [os.path.join(d, n) for n in names if n.endswith(".py") or
                          (n.endswith(".txt") and os.path.basename(d) == "good")]
        else:
            files.append(p)
    return sorted(files)


def tree_mode(paths, attrs, jobs, verbose):
    files = collect(paths)
    counts = {}
    problems = []
    with ProcessPoolExecutor(jobs) as ex:
        for path, kind, detail in ex.map(check, [(f, attrs) for f in files], chunksize=16):
            counts[kind] = counts.get(kind, 0) + 1
            if kind not in ("match", "both-error", "skip") or (verbose and kind == "skip"):
                problems.append((kind, path, detail))
    for kind, path, detail in problems:
        print("%s: %s\n  %s" % (kind.upper(), path, detail.replace("\n", "\n  ")))
    print("files: %d  %s" % (len(files), "  ".join("%s: %d" % kv for kv in sorted(counts.items()))))
    return 0 if all(k in ("match", "both-error", "skip") for k in counts) else 1


def error_mode(verbose):
    """Each snippet as bytes (as a file is read) and as a str (compile(str))."""
    bad = os.path.join(ROOT, "tests", "parse", "bad")
    names = sorted(n for n in os.listdir(bad) if n.endswith(".txt"))
    fails = 0
    for n in names:
        path = os.path.join(bad, n)
        with open(path, "rb") as f:
            raw = f.read()
        for str_source in (False, True):
            src = raw
            if str_source:
                try:
                    src = raw.decode("utf-8")
                except UnicodeDecodeError:
                    continue
            try:
                # the real path: CPython then reads the line back from the file
                compile(src, path, "exec")
                want = "OK"
            except SyntaxError as e:
                want = python_error(e)
            _, got = mine_result(path, False, errors=True, str_source=str_source)
            if want != got:
                fails += 1
                print("DIFF %s%s\n  python: %s\n  mine:   %s" % (
                    n, " (as str)" if str_source else "", want, got))
            elif verbose:
                print("ok   %s: %s" % (n, got))
    print("%d snippets (each as bytes and as str), %d differ" % (len(names), fails))
    return 1 if fails else 0


def main(argv):
    attrs = "-a" in argv
    verbose = "-v" in argv
    jobs = os.cpu_count() or 2
    if "-j" in argv:
        jobs = int(argv[argv.index("-j") + 1])
    if "--errors" in argv:
        return error_mode(verbose)
    paths = [a for i, a in enumerate(argv) if not a.startswith("-") and
             (i == 0 or argv[i - 1] != "-j")]
    return tree_mode(paths, attrs, jobs, verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
