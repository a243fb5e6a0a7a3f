s = "0123456789"
print(s[::2], s[::-1], s[-3:], s[:-3], s[3:1], s[100:], s[-100:2], s[1:8:3], s[8:1:-2])
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -1 == "", "a" + "b", "b" in "abc", "" in "abc")
print("abc" < "abd", "Z" < "a", "abc" < "ab", max("hello"), min("hello"), sorted("cab"))
print(ord("a"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600", len("é"), len("e\u0301"))
print(str(b"x"), str(b"x", "ascii"), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"))
