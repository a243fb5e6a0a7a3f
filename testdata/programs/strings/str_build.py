parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), repr(""), str(None), str(3.0), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' \""))
import io
buf = io.StringIO()
print("to buffer", 1, sep="-", file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print()
print("x", end="\n\n")
import textwrap
print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.dedent("   a\n     b\n   c"), textwrap.shorten("hello world foo bar", width=12))
