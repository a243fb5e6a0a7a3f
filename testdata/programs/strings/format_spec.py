for spec in ["", "10", "<10", ">10", "^10", "*^10", "=+10", "010", "+", " ", ",", "_", ".3", "10.3f", "e", "%", "x", "#b", "c"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ["", ".2", ".2f", "g", ".0e", "10.4", "%", "+.1f", "=^12.3f"]:
    print(repr(spec), repr(format(3.14159, spec)), repr(format(-1234.5, spec)))
print(repr(format("abc", ".2")), repr(format("abc", "^7")), repr(format(True, "d")), repr(format(None, "")))
