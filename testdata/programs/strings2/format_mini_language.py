print("{0}{1}{0}".format("ab", "cd"), "{}-{}".format(1, 2), "{a}{b}".format(a=1, b=2))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{:<8}|{:>8}|{:^8}|{:*^9}|{:08.3f}".format("l", "r", "c", "s", 3.14159))
print("{!r:>10}|{!s:<6}|{!a}".format("x", 5, "é"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format("q", 5) + "|")
print("{{literal}} {}".format(1), "{:,}".format(1234567), "{:_x}".format(0xdeadbeef))
print("{:=+8}".format(42), "{:#010b}".format(5), "{:.3}".format("abcdef"), "{:.2%}".format(0.12345))
print(format("text", "") == "text", "{}".format(None), "{:>5}".format(None) if False else "")
for bad in ["{", "}", "{0!x}", "{:d}", "{1}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
