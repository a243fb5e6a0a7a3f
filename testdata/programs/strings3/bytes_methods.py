# bytes: construction, methods, % formatting, hex
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"xy"), bytes("é", "utf-8"), bytes(range(3)))
for args in [([256],), ("a",), (1.5,), (-1,), (["a"],), (1, "utf-8")]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(b" !"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b.rsplit(None, 1), b.split(maxsplit=1), b.partition(b","), b.rpartition(b"o"))
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith((b"x", b"  H")))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"ab".center(6, b"*"), b"42".zfill(5))
print(b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2))
print(bytes.fromhex("de ad BE ef"), b"abc".translate(bytes.maketrans(b"abc", b"xyz"), b"b"))
print(b"%s is %d bytes, %x hex, %r repr, %5.1f%%" % (b"data", 4, 255, "s", 99.5))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%c%c" % (65, b"B"))
for fmt, args in [(b"%s", "text"), (b"%c", 256), (b"abc", b"x"), (b"%f", b"x"), (b"%d", None)]:
    try:
        fmt % args
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for f in [lambda: b"abc".find("a"), lambda: b"abc".split("a"), lambda: b"a" + "b", lambda: b"abc".index(b"z"),
          lambda: bytes.fromhex("zz"), lambda: b"a".center(5, "x"), lambda: b"x".join([1]), lambda: b"ab".hex("::")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"abc"[1], b"abc"[::-1], b"abc" < b"abd", b"a" == bytearray(b"a"), 98 in b"abc", b"bc" in b"abc")
print(hash(b"abc") == hash("abc"), b"x'y", b'x"y', b"x'\"y", repr(b"\x00\n\\"))
