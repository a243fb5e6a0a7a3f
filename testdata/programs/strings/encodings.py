s = "Grüße, 世界! 🎉"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:8].hex(), b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "error at", e.start, e.end, e.reason)
print(s.encode("utf-8", "surrogateescape")[-4:], "\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("latin-1"))
print(len(s), len(s.encode()), [hex(ord(c)) for c in s[-1:]], "🎉".encode("utf-16-le"))
