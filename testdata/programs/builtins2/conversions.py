# chr/ord/bin/oct/hex/ascii/repr/format/len/all/any/next as everyday code uses them.

print(chr(65), chr(0x1F600), ord("A"), ord("é"), ord(b"z"), ord("😀"))
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), hex(2**70), bin(0))


class Seven:
    def __index__(self):
        return 7


print(bin(Seven()), hex(Seven()), chr(Seven() .__index__() + 60))
print(ascii("café ☃ 😀"), ascii([1, "é"]), repr("tab\there"), repr('quote"s'))
print(format(3.14159, ".2f"), format(255, "#x"), format("hi", "*^6"), format(1234567, ","), format(0.25, "%"))
print(len("😀😀"), len([1, 2]), len({"a": 1}), len(range(10, 0, -3)), len(b"abc"))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, "", None, 3]), any(x > 2 for x in [1, 2, 3]))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: ord(5),
            lambda: bin(1.5), lambda: len(5), lambda: next([1]), lambda: next(iter([])), lambda: format(1, "z"),
            lambda: all(5), lambda: divmod(1, 0)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
