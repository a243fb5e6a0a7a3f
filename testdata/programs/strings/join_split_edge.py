print("".join([]), ",".join("abc"), repr(" a  b ".split(" ")), " a  b ".split(), "".split(), "".split(","), "a".split("a"))
print("a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True), "a\r\nb\rc\x0bd".splitlines(), "x".splitlines())
print("1,2,3".split(",", maxsplit=0), "a b c".rsplit(None, 1), "k=v=w".partition("="), "none".partition("="))
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
