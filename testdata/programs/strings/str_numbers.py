for s in ["42", "-3.5", "1e3", "inf", "nan", " 7 ", "0x10", "1_000", "３"]:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append("ValueError")
    print(repr(s), out, s.strip().isdigit(), s.strip().isnumeric())
print(str(1.0), str(1e16), str(1.5e-7), repr(0.1 + 0.7), "%.15g" % 0.1, "%.17g" % 0.1)
