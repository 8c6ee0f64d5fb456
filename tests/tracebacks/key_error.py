# Uncaught KeyError from a dict lookup statement
config = {"host": "localhost", "port": 8080}
for key in ("host", "port"):
    print(key, "=", config[key])

def get_setting(name):
    return config[name]

print(get_setting("host"))
get_setting("timeout")
