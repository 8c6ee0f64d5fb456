# SystemExit codes observed by catching them
import sys
codes = []
for arg in [0, 1, 2, 255, None, "text", True, (1,)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        codes.append(repr(e.code))
print(codes)
try:
    raise SystemExit(42)
except BaseException as e:
    print(type(e).__name__, e.code, e.args)
def nested_exit():
    try:
        try:
            sys.exit(9)
        finally:
            print("inner finally")
    except SystemExit as e:
        print("caught at level 2:", e.code)
        raise
try:
    nested_exit()
except SystemExit as e:
    print("caught at top:", e.code)
print(SystemExit.__bases__, isinstance(SystemExit(), Exception))
