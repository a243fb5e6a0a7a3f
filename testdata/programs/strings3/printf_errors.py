# printf-style formatting: mappings and every error message
print("%(name)s is %(age)d years old" % {"name": "Ann", "age": 31})
print("%(x)s %(x)r %(y)05.1f" % {"x": "v", "y": 2.25})


class Lookup:
    def __getitem__(self, key):
        return key.upper()


print("%(hello)s, %(world)s" % Lookup())
cases = [
    ("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%(a)s", 1), ("%(a)s", {}), ("%c", "ab"),
    ("%x", 1.5), ("%*d", ("a", 3)), ("%", ()), ("%(a", {"a": 1}), ("%e", "x"), ("%f", None), ("%c", -1),
    ("%c", 1114112), ("abc", 5), ("%d", float("inf")), ("%d", float("nan")), ("%(a)s %s", {"a": 1}),
    ("%5%", (1,)), ("%.1000000000000000000000f", 1.0), ("%\u1234", 1), ("%d", 1j), ("%X", "a"),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % [], "abc" % {})
print("%d %i" % (3.99, -3.99), "%d" % True, "%x" % True)


class Num:
    def __index__(self):
        return 255

    def __int__(self):
        return 7


print("%x %d %c" % (Num(), Num(), Num()))
