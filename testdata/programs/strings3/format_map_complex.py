# str.format_map with mappings, and format() of complex numbers
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{a} {b} {c}".format_map(Default(a=1)))
print("{x[0]}-{x[1]}".format_map({"x": "ab"}))
for fmt, m in [("{0}", {}), ("{}", {}), ("{x}", 1), ("{a}-{b}", {"a": 1})]:
    try:
        print(fmt.format_map(m))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for z in [1 + 2j, -1.5 - 0.5j, 2j, -0.0 + 3j, complex(float("nan"), float("inf")), 1e20 + 1e-5j, 0j]:
    row = []
    for spec in ["", ">14", ".2f", "+.3e", "^16.3g", ".3", "g", "<12", "E"]:
        row.append(format(z, spec))
    print(" | ".join(row))
for spec in ["=10", "010", "x", "z"]:
    try:
        format(1j, spec)
    except ValueError as e:
        print(spec, e)
print(f"{3+4j:10.1f}|{1j!r:>6}|")
