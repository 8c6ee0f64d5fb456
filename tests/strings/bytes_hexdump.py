# Producing a hex dump from bytes
data = bytes(range(0, 256, 7)) + b"Hello, shoal!\x00\xff"
def hexdump(b, width=16):
    out = []
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hexpart = " ".join(f"{x:02x}" for x in chunk)
        text = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
        out.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return out
for line in hexdump(data):
    print(line)
print(data.hex()[:40], data.hex(" ", 4)[:40])
print(bytes.fromhex(data.hex()) == data, len(data))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum, hex(checksum))
print(sum(data) % 256, max(data), min(data), data.count(0), data.find(b"shoal"))
xored = bytes(b ^ 0x5A for b in data[:16])
print(xored.hex(), bytes(b ^ 0x5A for b in xored) == data[:16])
