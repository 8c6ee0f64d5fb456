# Uncaught UnicodeDecodeError
data = b"caf\xc3\xa9"
print(data.decode("utf-8"))
bad = b"caf\xe9 au lait"
bad.decode("utf-8")
