# Defaults, keyword-only, and positional-only parameters interacting
def connect(host, port=80, /, *, timeout=10, retries=3, **options):
    return host, port, timeout, retries, dict(sorted(options.items()))

print(connect("h"))
print(connect("h", 8080))
print(connect("h", timeout=1))
print(connect("h", 443, retries=0, ssl=True, verify=False))
print(connect("h", port=9))
for bad in [lambda: connect(), lambda: connect(host="h"), lambda: connect("h", 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def mixed(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(mixed(1, d=4))
print(mixed(1, 20, 30, 40, 50, d=4, f=6))
print(mixed(1, c=33, d=44))
print(mixed(*[1, 2, 3], **{"d": 4, "e": 6, "z": 0}))
print(mixed.__defaults__, mixed.__kwdefaults__, mixed.__code__.co_posonlyargcount)
def only_defaults(x=[], *, y={}):
    x.append(1)
    y[len(x)] = True
    return x, y
print(only_defaults(), only_defaults(), only_defaults([5], y={}))
