# sys.argv contents and SystemExit handling inside the program
import sys
print(sys.argv)
print(sys.argv[0].endswith("sys_argv_exit.py"), sys.argv[1:])
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    sys.exit("a message")
except SystemExit as e:
    print("message code:", repr(e.code))
try:
    raise SystemExit(0)
except SystemExit as e:
    print("SystemExit(0).code =", e.code)
try:
    sys.exit(1, 2) if False else sys.exit((1, 2))
except SystemExit as e:
    print("tuple code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except SystemExit:
    print("caught by except SystemExit")
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("end of program")
