b = b"Hello\x00\xff world"
print(b, len(b), b[0], b[-1], b[1:5], list(b[:3]), b.upper(), b.split(), b.hex(), bytes.fromhex("41 42"))
print(b"abc" + b"def", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"))
print(b"abc".find(b"c"), b" x ".strip(), b"ab".center(6, b"*"), b"x".isalpha(), b"%d" % 5, b"hello".replace(b"l", b"L"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(repr(bytes(range(0, 256, 17))))
