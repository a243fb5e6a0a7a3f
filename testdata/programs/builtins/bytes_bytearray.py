b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.find(b"o"), b.count(b"l"), b.hex(), bytes.fromhex("6869"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba.pop(), bytes(ba), ba.decode())
print(bytes(3), bytes([1, 2, 255]), bytearray(2), b"ab" * 2, b"a" + bytearray(b"b"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
print(b"%d-%s" % (5, b"x"), b"abc" == bytearray(b"abc"), list(b"AZ"), b"\x00\xff", repr(bytearray(b"q")))
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), m.tobytes(), len(m), m.readonly)
