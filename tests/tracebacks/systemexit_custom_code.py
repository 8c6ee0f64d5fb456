# raise SystemExit with a non-int, non-str code: the code is printed to stderr, status 1
def summarize(results):
    passed = [name for name, ok in results if ok]
    failed = [name for name, ok in results if not ok]
    print("passed:", ", ".join(passed))
    print("failed:", ", ".join(failed))
    return failed

results = [("parse", True), ("eval", False), ("print", True), ("import", False)]
failed = summarize(results)
print("about to exit with a list of failures")
if failed:
    raise SystemExit(failed)
print("not reached")
