# os.environ as a mapping kept in step with the process environment
import os
import sys

os.environ["SHOAL_T1"] = "one"
print(os.environ["SHOAL_T1"], os.getenv("SHOAL_T1"), "SHOAL_T1" in os.environ)
print(os.environ.get("SHOAL_T1"), os.environ.get("SHOAL_NOPE"), os.environ.get("SHOAL_NOPE", 5))
print(os.getenv("SHOAL_NOPE"), os.getenv("SHOAL_NOPE", "dflt"))
try:
    os.environ["SHOAL_NOPE"]
except KeyError as e:
    print("KeyError", e)
print(os.environ.setdefault("SHOAL_T2", "two"), os.environ.setdefault("SHOAL_T2", "other"))
print(os.environ.pop("SHOAL_T2"), os.environ.pop("SHOAL_T2", "gone"), "SHOAL_T2" in os.environ)
try:
    os.environ.pop("SHOAL_T2")
except KeyError as e:
    print("KeyError", e)
os.environ.update({"SHOAL_T3": "three"}, SHOAL_T4="four")
c = os.environ.copy()
print(type(c).__name__, c["SHOAL_T3"], c["SHOAL_T4"], len(c) == len(os.environ))
print(sorted(k for k in os.environ if k.startswith("SHOAL_T")))
print(sorted((k, v) for k, v in os.environ.items() if k.startswith("SHOAL_T")))
print(sorted(k for k in os.environ.keys() if k.startswith("SHOAL_T")), "four" in os.environ.values())

sys.stdout.flush()
status = os.system('echo "child sees: $SHOAL_T1 $SHOAL_T3"')
print(status)
del os.environ["SHOAL_T1"]
sys.stdout.flush()
os.system('echo "after del: [$SHOAL_T1]"')
try:
    del os.environ["SHOAL_T1"]
except KeyError as e:
    print("KeyError", e)
os.putenv("SHOAL_T5", "direct")
print("SHOAL_T5" in os.environ)
sys.stdout.flush()
os.system('echo "putenv: $SHOAL_T5"')
os.unsetenv("SHOAL_T5")
sys.stdout.flush()
os.system('echo "unsetenv: [$SHOAL_T5]"')

for bad in [lambda: os.environ.__setitem__("SHOAL_X", 1),
            lambda: os.environ.__setitem__(1, "x"),
            lambda: os.putenv("A=B", "x"),
            lambda: os.putenv("", "x"),
            lambda: os.unsetenv("A=B"),
            lambda: os.putenv(1, "x"),
            lambda: os.putenv("A\0", "x")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

env = {"PATH": "/bin:/usr/local/bin"}
print(os.get_exec_path(env), os.get_exec_path({}) == os.defpath.split(os.pathsep))
print(os.get_exec_path() == os.environ["PATH"].split(":"))
print(os.environ.get("HOME") == os.path.expanduser("~"))
print(repr(os.environ).startswith("environ({"), isinstance(os.environ["PATH"], str))
os.environ.pop("SHOAL_T3")
os.environ.pop("SHOAL_T4")
print(sorted(k for k in os.environ if k.startswith("SHOAL_T")))
print(os.environ == dict(os.environ), os.environ.copy() == os.environ)
