import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump? Sphinx of black quartz, judge my vow.")
for width in (10, 20, 33, 50, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("well-known state-of-the-art e-mail re-do x-ray merry-go-round", 12))
print(textwrap.wrap("well-known state-of-the-art e-mail re-do x-ray merry-go-round", 12, break_on_hyphens=False))
print(textwrap.wrap("This is--an em-dash---test of words--and more -- dashes 12-34 a-1", 9))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("pre-supercalifragilistic-expialidocious", 15))
print(textwrap.wrap("a\tb\tc\td  e\nf\rg\x0bh", 8))
print(textwrap.wrap("a\tb\tc\td  e\nf", 12, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("a\tb\nc", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading and trailing   ", 10), textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("one two three four five six seven", 12, max_lines=2))
print(textwrap.wrap("one two three four five six seven", 12, max_lines=2, placeholder="..."))
print(textwrap.wrap("one two three", 12, max_lines=2), textwrap.wrap("aaaaaaaaaaaaaaaaaaa bb", 8, max_lines=1))
print(textwrap.wrap("Hello there. How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.wrap("He said \"yes.\" Then \"no!\" ok", 80, fix_sentence_endings=True))
print(textwrap.wrap("Émile a-été là. Ça va-t-il bien? Ünïcödé wörds", 10))
print(textwrap.wrap("x" * 25, 10, initial_indent=">>", subsequent_indent="."))
print(textwrap.wrap("--- ----dash start --x", 5), textwrap.wrap("a--b c,--d 1--2", 3))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [.....]")
except ValueError as e:
    print(type(e).__name__, e)
