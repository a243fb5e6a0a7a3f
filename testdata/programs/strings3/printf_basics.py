# printf-style formatting of str: conversions, flags, width and precision
def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%#x", "%#X", "%o", "%#o", "%i", "%u"]:
    show(fmt, 42)
    show(fmt, -42)
for fmt in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%+.1e", "%E", "%g", "%#g", "%G", "%010.2f", "%.0f", "%#.0f"]:
    show(fmt, 3.14159)
    show(fmt, -0.000123)
show("%s and %r and %a", ("café", "café", "café"))
show("%c%c%c", (72, "i", 0x1F600))
show("%5s|%-5s|%.2s", ("ab", "cd", "efgh"))
show("%*d|%-*d|%.*f", (6, 1, 6, 2, 3, 2.71828))
show("100%%", ())
show("%d%%", 50)
show("%s", (1, 2))
show("%s", ((1, 2),))
show("%s", [1, 2])
total = 0
for n in range(1, 6):
    total += n
    print("%2d: %-6s total=%3d avg=%.2f" % (n, "*" * n, total, total / n))
