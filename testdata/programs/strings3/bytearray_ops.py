# bytearray: mutation, slices, in-place operators, comparisons
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba == b"hello", ba < b"help")
ba[0] = 72
ba[1:3] = b"EY"
print(ba)
ba[5:] = b" world"
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba += b"++"
ba *= 2
print(ba, ba + b"!", ba * 0, bytearray(b"x") + bytearray(b"y"))
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("ff 00"))
for f in [lambda: ba.append(256), lambda: ba.pop(), lambda: ba.remove(9), lambda: bytearray(b"ab").__setitem__(0, "x"),
          lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"x").__getitem__(5),
          lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5), lambda: hash(bytearray()), lambda: bytearray(b"a") + "b",
          lambda: bytearray(b"x").extend(5), lambda: bytearray("x")]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
data = bytearray(b"The quick brown fox")
print(data.upper(), data.split(), data.replace(b"quick", b"slow"), data.find(b"fox"), data.hex(" ", 4))
print(data.partition(b" "), data.startswith(b"The"), data.decode(), bytes(data), list(data[:3]))
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), str(bytearray(b"\x00\xff")))
print(bytearray(b"%s-%d") % (b"a", 1), bytearray(b"ab") in [b"ab"], b"ab" in [bytearray(b"ab")])
it = iter(bytearray(b"ab"))
print(next(it), list(it))


class Buf(bytearray):
    def shout(self):
        return self.upper()


x = Buf(b"quiet")
x.append(33)
print(x.shout(), len(x), isinstance(x, bytearray), type(x).__name__)
