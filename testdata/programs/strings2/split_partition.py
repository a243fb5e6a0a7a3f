s = "  a,b,,c  "
print(s.split(","), s.split(), s.strip().split(",", 1), s.rsplit(",", 1))
print("a b  c".split(" "), "".split(), "".split(","), " x ".split())
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(keepends=True), "x\x0by\x1cz".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("1.2.3".split(".", maxsplit=0), "1.2.3".rsplit(".", maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
