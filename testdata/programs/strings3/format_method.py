# str.format: numbering, attributes and items, conversions, nested specs
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name}={value!r}".format(name="key", value="val"))
print("{0[1]} {0[x]} {1.real} {1.imag}".format({1: "one", "x": "ex"}, 3 + 4j))
print("{0[0][1]} {a.__class__.__name__}".format([[5, 6]], a=1.5))
print("{:>{}}|{:{}{}}|".format("r", 6, "l", "<", 5))
print("{0:{1}.{2}f}".format(3.14159, 10, 2))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {{{0}}}".format("x"))
print("{:*^11}".format("mid"), "{:+,}".format(1234567), "{:_b}".format(255))
print("{:%}".format(0.125), "{:.3e}".format(12345.678), "{:#x}".format(255))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return "(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"


p = Point(1.5, -2)
print("{0} {0:.2f} {0:polar} {0.x}".format(p))
print("{p.x:>6}|{p.y:<6}|".format(p=p))
for fmt, args, kw in [
    ("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1, 2), {}), ("}", (), {}),
    ("{", (), {}), ("a{0", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{a}", (), {}),
    ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0.nope}", (3,), {}), ("{:{:{}}}", (1, 2, 3), {}),
    ("{0[5]}", ("ab",), {}), ("{:d}", (1.5,), {}), ("{:<10}", (None,), {}), ("{0:{", (1,), {}),
    ("{:s}", (1,), {}), ("{:,}", ("x",), {}), ("{0:=5}", ("s",), {}), ("{:+}", ("s",), {}),
]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
