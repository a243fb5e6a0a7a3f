import array
import struct

a = array.array('i', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array.array('i', [5, 3]))
a.insert(0, 100)
a.insert(-1, 200)
print(a, len(a), a.count(1), a.index(1), a.index(5, 6), a.pop(), a.pop(0), a)
a.remove(1)
a.reverse()
print(a, a.tolist(), a[2], a[-1], a[1:4], a[::2], 4 in a, 42 in a)
a[0] = -7
a[1:3] = array.array('i', [8, 8, 8])
del a[-1]
del a[::3]
print(a, a + array.array('i', [0]), a * 2, 2 * array.array('b', [1]), array.array('i') * 5)
b = array.array('d', [1.5, -2.25, 1e100])
b += array.array('d', [0.0])
b *= 2
print(b, b.itemsize, b.typecode, sorted(b), max(b), sum(b))
raw = b.tobytes()
print(len(raw), raw[:8].hex())
c = array.array('d')
c.frombytes(raw)
print(c == b, c is b, c != b, array.array('d', raw) == b)
h = array.array('H', [1, 2, 0xABCD])
print(h.tobytes().hex())
h.byteswap()
print(h, h.tobytes().hex())
f = array.array('f', [0.1, 1 / 3, 1e30, -2.5])
print(f, f.tolist(), f.tobytes().hex())
u = array.array('u', 'hello')
u.fromunicode(' wörld')
u.append('!')
print(u, u.tounicode(), len(u), u.tobytes()[:8], u[1], u[-3:])
q = array.array('Q', [2**64 - 1, 0])
print(q, array.array('q', [-2**63]), array.array('L', [2**64 - 1]), array.array('l', [-5]))
for tc in array.typecodes:
    arr = array.array(tc, 'xy' if tc == 'u' else [1, 2])
    print(tc, arr.itemsize, arr, arr.tobytes().hex(), bytes(arr) == arr.tobytes(), arr.buffer_info()[1])
l = array.array('b')
l.fromlist([1, 2, 3])
try:
    l.fromlist([4, 500])
except OverflowError as e:
    print(type(e).__name__, e, l)


class File:
    def __init__(self, data=b""):
        self.data = data
        self.out = []

    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

    def write(self, b):
        self.out.append(b)


fl = File()
array.array('h', [1, -1, 256]).tofile(fl)
print(fl.out)
r = array.array('h')
r.fromfile(File(b"".join(fl.out)), 2)
print(r)
try:
    r.fromfile(File(b"\x01\x00"), 2)
except EOFError as e:
    print(type(e).__name__, e, r)
print(struct.unpack('<3h', array.array('h', [7, 8, 9])), struct.unpack('2B', array.array('B', [250, 251])))
print(array.array('i', [1, 2]) < array.array('i', [1, 2, 0]), array.array('i', [2]) > array.array('d', [1.5]))
print(array.array('i', [1]) == 1, array.array('B', b'\x00\xff'), list(array.array('b', bytearray(b'\x80'))))
it = iter(array.array('i', [1, 2]))
print(next(it), next(it), next(it, 'done'))


class MyArray(array.array):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
print(m.total(), type(m).__name__, isinstance(m, array.array), m[:2], type(m[:2]).__name__)
