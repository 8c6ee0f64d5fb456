# Implicit chaining: "During handling of the above exception, another exception occurred"
def require_key(d, key):
    if key not in d:
        raise KeyError(key)

def read_config(d):
    try:
        require_key(d, "path")
    except KeyError:
        print("missing key, falling back")
        fallback_path()
    return d["path"]

def fallback_path():
    raise RuntimeError("no fallback configured")

print("start")
read_config({})
