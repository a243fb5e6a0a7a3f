import struct

s = struct.Struct("<hid")
print(s.format, s.size, type(s).__name__, type(s).__module__)
data = s.pack(1, -2, 3.5)
print(data, s.unpack(data))
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 9.25)
print(buf)
print(s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), s.unpack_from(buffer=buf, offset=-14))
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf[-4:], struct.unpack_from(">H", buf, -2))
mv = memoryview(buf)
struct.pack_into("<I", mv, 0, 0x01020304)
print(bytes(buf[:4]))
print(struct.Struct(b">q").format, struct.Struct(format="!i").size)
it = struct.iter_unpack("<hh", bytes(range(12)))
print(type(it).__name__, next(it), list(it))
print(list(s.iter_unpack(s.pack(1, 2, 3.0) * 2)))
print(list(struct.iter_unpack("b", b"")))
print(struct.error, struct.error.__mro__[1:], issubclass(struct.error, Exception))
try:
    raise struct.error("custom", 5)
except struct.error as e:
    print(type(e).__name__, e.args)
for bad in [lambda: struct.Struct(), lambda: struct.Struct("i", "j"), lambda: s.pack(1), lambda: s.unpack(b"x"),
            lambda: s.pack_into(buf), lambda: s.pack_into(buf, 0), lambda: s.pack_into(buf, 0, 1),
            lambda: s.pack_into(bytearray(3), 0, 1, 2, 3.0), lambda: s.unpack_from(b"abc"), lambda: s.iter_unpack(b"abc"),
            lambda: struct.unpack("i"), lambda: struct.Struct("q").pack("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(struct.__all__))
