# Uncaught UnicodeDecodeError
samples = [b"plain ascii", b"caf\xc3\xa9", "naïve".encode("utf-8")]
for data in samples:
    print(data.decode("utf-8"), len(data))
print(b"caf\xe9".decode("latin-1"))
print(b"caf\xe9".decode("utf-8", "replace"))
bad = b"caf\xe9 au lait"
bad.decode("utf-8")
print("not reached")
