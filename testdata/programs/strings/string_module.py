import string
print(string.ascii_lowercase, string.digits, string.punctuation, string.hexdigits)
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.capwords("hello   big world"), "{:>{w}}|".format("r", w=5), "{0[1]} {1.real}".format("ab", 3))
print("{!r:^10}|{:<4d}|{:+.2e}".format("s", 7, 12345.6789))
