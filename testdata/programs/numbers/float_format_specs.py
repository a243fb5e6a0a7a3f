x = 1234567.891
for spec in ("f", ".2f", "e", ".3e", "g", ".3g", "%", ".1%", ",", ",.2f", "_.1f", "+.1f", " .1f", "015.2f", "<15.1f", ">15.1f", "^15.1f", "*^15.1f"):
    print(repr(spec), format(x, spec))
for v in (0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-7, 1e16):
    print(format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"))
