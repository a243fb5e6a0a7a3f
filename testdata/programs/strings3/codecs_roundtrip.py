# str.encode / bytes.decode with encodings and error handlers
samples = ["plain", "café", "€uro", "😀", "mixé€😀"]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        row = []
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                row.append(s.encode(enc, errors))
            except UnicodeEncodeError as e:
                row.append("%s[%d:%d] %s" % (type(e).__name__, e.start, e.end, e.reason))
        print(s, enc, row)
for data in [b"ok", b"\xff", b"a\xffb", b"\xc3", b"a\xed\xa0\x80b", b"\xf0\x9f", b"\xe2\x82\xac", b"caf\xc3\xa9"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        row = []
        for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            try:
                row.append(data.decode(enc, errors))
            except UnicodeDecodeError as e:
                row.append(str(e))
        print(data, enc, [ascii(x) for x in row])
raw = b"name\xff\xfe"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape") == raw)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
print("\ud800x".encode("utf-8", "surrogatepass"))
for bad in [("x", "nope", "strict"), ("é", "ascii", "nope")]:
    try:
        bad[0].encode(bad[1], bad[2])
    except LookupError as e:
        print(type(e).__name__, e)
print(bytes("é", "utf-8"), str(b"caf\xc3\xa9", "utf-8"), "x".encode(encoding="utf-16-le"))
