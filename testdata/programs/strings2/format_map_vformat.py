class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
import string
f = string.Formatter()
print(f.format("{0}+{x}", 1, x=2))
print(list(f.parse("a{0:>3}b{x!r}c{{d}}")))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
