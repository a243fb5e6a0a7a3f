n = 255
for spec in ("d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "08b", "+d", " d", ",", "_", "_b", "#_x", "c", "n", "e", ".2f", "%"):
    print(repr(spec), format(n, spec))
print(format(-42, "010d"), format(-42, "=10d"), format(-42, "<10d") + "|")
print(format(10**20, ","), format(True, "d"), format(True, ""))
