import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords("hello   wORLD  foo"), string.capwords("  a-b c-d  ", "-"), string.capwords("x,y,,z", ","))
print(repr(string.capwords("")), repr(string.capwords("\tab\ncd ")), string.capwords("ÉCOLE été"))
print(sorted(string.__all__))
