# str methods: case mapping, predicates, splitting lines, translate, partition, affixes
words = ["hello world", "ÉcoLe ß", "ǅemal", "ﬁsh", "Title Case", "they're bill's", "ΣΑΣ", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.swapcase(), w.title(), w.capitalize(), w.istitle())
for s in ["abc", "a b", "", "٣4", "x\u0300", "\x00", "a\u200bb", "_id", "1id", "if", "ℌ"]:
    print(repr(s), s.isprintable(), s.isidentifier(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(),
          s.isascii())
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(3), "x\ty\nz\tw".expandtabs(2))
table = str.maketrans("abc", "xyz", "!")
print(table)
print("a!b!c cab".translate(table), "hello".translate({ord("l"): "L!", ord("o"): None}))
print(str.maketrans({"a": "1", 98: None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
try:
    "x".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".center(9, "*"), "abc".ljust(2), "é".rjust(3, "é"))
print("{:>8}".format("€"), "%-4s|" % "😀")
