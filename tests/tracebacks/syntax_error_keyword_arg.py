# A file that does not parse: positional argument follows keyword argument
def connect(host, port=80, timeout=5):
    return host, port, timeout

print(connect("a"))
print(connect(host="b", 8080))
