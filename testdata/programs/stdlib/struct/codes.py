import struct

for order in "@=<>!":
    for code in "xcbB?hHiIlLqQnNefdspP":
        fmt = order + code
        try:
            print(fmt, struct.calcsize(fmt), struct.calcsize(order + "3" + code), struct.calcsize(order + "b" + code))
        except struct.error as e:
            print(fmt, "error", e)

vals = {"b": [-128, -1, 0, 127], "B": [0, 1, 255], "h": [-32768, 1234, 32767], "H": [0, 65535, 513],
        "i": [-2**31, -5, 2**31 - 1], "I": [0, 2**32 - 1, 123456789], "l": [-2**31, 99], "L": [2**32 - 1, 7],
        "q": [-2**63, 2**63 - 1, -2], "Q": [0, 2**64 - 1, 2**40 + 3], "?": [True, False, 0, 5, "", "x"],
        "e": [0.0, -0.0, 1.0, 0.5, 65504.0, 6.1e-05, 5.96e-08, 1e-8, 0.1, 3.14159, -2.5, float("inf"), 1/3],
        "f": [0.0, 1.5, -3.25, 0.1, 3.4e38, 1e-45, float("-inf"), 16777217.0],
        "d": [0.0, -0.0, 0.1, 1e308, 5e-324, float("inf"), 2.0**60]}
for order in "<>=!":
    for code, vs in vals.items():
        fmt = order + str(len(vs)) + code
        packed = struct.pack(fmt, *vs)
        print(fmt, packed.hex(), struct.unpack(fmt, packed))
for code in "nNP":
    print(code, struct.pack(code, 5).hex(), struct.unpack(code, struct.pack(code, 2**40)))
print(struct.pack("<e", float("nan")).hex(), struct.pack(">e", -float("nan")).hex())
print(struct.unpack("<e", b"\x01\x7c")[0], struct.unpack("<e", b"\x00\xfc")[0], struct.unpack("<d", b"\x00" * 7 + b"\x7f")[0])
print(struct.pack("<e", 65519.99), struct.pack("<e", 2049.0), struct.pack("<e", 2051.0), struct.pack("<e", 1.00048828125))
print(struct.pack("c3s4p5s2p", b"z", b"abcdef", b"xy", b"hi", b"long"))
print(struct.unpack("c3s4p5s2p", struct.pack("c3s4p5s2p", b"z", b"abcdef", b"xy", b"hi", b"long")))
print(struct.pack("0s", b"abc"), struct.pack("s", bytearray(b"Q")), struct.unpack("1p2x", b"abc"), struct.pack("1p", b"x"))
print(struct.pack("bhiq", 1, 2, 3, 4).hex(), struct.pack("@bhiq", 1, 2, 3, 4).hex(), struct.pack("=bhiq", 1, 2, 3, 4).hex())
print(struct.calcsize("bd"), struct.calcsize("db"), struct.calcsize("b0d"), struct.calcsize("bi0q"), struct.calcsize("3sI"))
print(struct.calcsize(" i  h \t b "), struct.calcsize(""), struct.calcsize("<"), struct.calcsize(b"<iq"), struct.calcsize("10x"))
print(struct.pack("<2i 3h", 1, 2, 3, 4, 5).hex(), struct.pack(">I", True), struct.pack("b", False))


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<d", 3), struct.pack("<f", Idx.__index__(Idx())))
print(struct.unpack("<?", b"\x02"), struct.unpack(">h", bytearray(b"\xff\xfe")), struct.unpack("<H", memoryview(b"\x01\x02")))
