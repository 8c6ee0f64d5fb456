# Implicit chaining: "During handling of the above exception, another exception occurred"
def read_config(d):
    try:
        return d["path"]
    except KeyError:
        print("missing key, falling back")
        return fallback_path()

def fallback_path():
    raise RuntimeError("no fallback configured")

print("start")
read_config({})
