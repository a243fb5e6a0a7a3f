import string

f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3))
print(f.format("{} {} {}", "a", "b", "c"), f.format("{name!r:^10}|", name="x"))
print(f.format("{0.real} {0.imag} {1[k]} {2[1]}", 3 + 4j, {"k": "v"}, [7, 8]))
print(f.format("{a:{w}.{p}f}", a=3.14159, w=10, p=2))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
print(f.vformat("{x}-{0}", ("pos",), {"x": "kw"}))
print(list(f.parse("a{0!r:>3}b{{c}}{}")))
print(f.convert_field(1, None), f.convert_field("s", "r"), f.convert_field("é", "a"), f.format_field(3.5, "08.3f"))
print(f.get_value(0, ("z",), {}), f.get_value("k", (), {"k": 9}), f.get_field("0.real", (5,), {}))
for fmt, args, kw in [("{} {0}", (1,), {}), ("{0} {}", (1, 2), {}), ("{0!z}", (1,), {}), ("{1}", (1,), {}),
                      ("{x}", (), {}), ("{:{:{:{}}}}", (1, 2, 3, 4), {}), ("{0.nope}", (1,), {}),
                      ("}", (), {}), ("{", (), {}), ("{0[x}", ([],), {}), ("{0:{1:{2}}}", (1, 2, 3), {})]:
    try:
        print(repr(f.format(fmt, *args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class Loud(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() + spec

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError("unused: " + ",".join(sorted(unused)))


lf = Loud()
print(lf.format("{a} {missing:x} {0}", "zero", a="hey"))
try:
    lf.format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)


class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def parse(self, s):
        return [(lit.replace("_", " ") if lit else lit, n, spec, c) for lit, n, spec, c in super().parse(s)]


print(Conv().format("hi_{0!u}_there_{1}", "bob", 2))
