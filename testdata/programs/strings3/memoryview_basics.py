# memoryview over bytes and bytearray
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.tobytes(), m.hex(), m.hex(":"))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj, m.contiguous)
print(m == b"abcdef", m == bytearray(b"abcdef"), m[1:3] == b"bc", m == "abcdef", list(m[:2]), 99 in m)
print(bytes(m[2:]), bytearray(m[:2]), m[::-1].tobytes(), m[::2].contiguous, hash(m) == hash(b"abcdef"))
buf = bytearray(b"hello world")
v = memoryview(buf)
v[0] = 72
v[6:11] = b"WORLD"
print(buf, v.readonly, v[6:].tobytes())
try:
    buf.append(33)
except BufferError as e:
    print("BufferError", e)
v.release()
buf.append(33)
print(buf)
try:
    v[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(bytearray(b"ctx")) as w:
    print(w.tobytes(), w.tolist())
try:
    len(w)
except ValueError as e:
    print("ValueError", e)
for f in [lambda: m.__setitem__(0, 1), lambda: memoryview(bytearray(b"a")).__setitem__(0, 256),
          lambda: memoryview(bytearray(b"a")).__setitem__(0, "a"), lambda: memoryview(bytearray(b"ab")).__setitem__(slice(0, 2), b"x"),
          lambda: memoryview("str"), lambda: m[10], lambda: m["a"], lambda: hash(memoryview(bytearray())),
          lambda: m < m, lambda: m.tobytes("x")]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
sub = memoryview(bytearray(b"0123456789"))[2:8:2]
sub[1] = ord("X")
print(sub.obj, sub.tolist(), sub.shape, sub.strides, sub.toreadonly().readonly)
