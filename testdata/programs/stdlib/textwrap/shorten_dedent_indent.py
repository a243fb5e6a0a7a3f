import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("   lots   of    space   here  ", 15)))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("abcdefghijklmnop qrs", 10))
try:
    textwrap.shorten("abc", 3)
except ValueError as e:
    print(type(e).__name__, e)

samples = [
    "    hello\n      world\n    again\n",
    "  a\n\tb\n",
    "\thello\n\t  there\n",
    "  x\n   \n  y\n",
    "no indent\n  some\n",
    "   only\n",
    "",
    "  \n  \n",
    "  a\n    b\n\n  c",
    "\t  a\n\t b\n",
    "  a\r\n  b\r\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\rz", "-")))
print(repr(textwrap.indent("one\ntwo", "  ", lambda line: "o" in line[1:])))

w = textwrap.TextWrapper(width=15, initial_indent="- ", subsequent_indent="  ", break_long_words=False)
print(w.wrap("some words and an extraordinarily long one"))
print(w.fill("short"))
w.width = 8
print(w.wrap("changed width now"))
print(w.width, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))


class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=10).wrap("make me loud please"))
print(sorted(textwrap.__all__))
