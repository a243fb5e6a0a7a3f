s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = "hello world python"
print(t.title(), t.capitalize(), t.upper(), t.swapcase(), "ÄbC".lower(), "straße".upper(), "ß".casefold())
print(t.split(), t.split("o"), t.split("o", 1), t.rsplit("o", 1), "a,b,,c".split(","), "l1\nl2\r\nl3".splitlines())
print(t.find("o"), t.rfind("o"), t.find("z"), t.index("w"), t.count("o"), t.startswith(("x", "he")), t.endswith("on"))
print("-".join(["a", "b", "c"]), t.replace("o", "0"), t.replace("o", "0", 2), t.partition(" "), t.rpartition(" "))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "x".isidentifier())
print("a\tb\tc".expandtabs(4), "prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"))
print("{} and {}".format("x", "y"), "{1}{0}".format("a", "b"), "{name}!".format(name="n"), "%s=%d" % ("k", 5))
print("abc".translate(str.maketrans("ab", "xy", "c")), "Mississippi".count("ss"), "ab" * 3, "b" in "abc")
