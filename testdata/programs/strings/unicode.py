s = "héllo wörld ✓ 𝄞 日本語"
print(len(s), s.upper(), s[6:11], s[-3:], s[12], s[14], [ord(c) for c in s[12:15]])
print(ascii(s), repr("tab\tnl\n\x00\x7f\u200b"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", chr(0x1F600))
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), len(s.encode("utf-16-le")), "é".encode("latin-1"))
print("ÉCOLE".lower(), "ǅ".upper(), "ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("١٢٣".isdigit(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), "日本".isalpha())
import unicodedata
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode("utf-8"), unicodedata.category("A"))
print(sorted(["b", "á", "a", "Z"]), "a" < "á", max("héllo"))
