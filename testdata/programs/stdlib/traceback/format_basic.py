import sys
import traceback


class Out:
    """Writes to stdout with this file's path shortened to FILE (CPython's is absolute)."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))


out = Out()


def inner(x):
    return 1 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)), end="", file=out)
    print(traceback.format_exception_only(e), file=out)
    print(traceback.format_exception_only(type(e), e), file=out)
    print(traceback.format_exc(), end="", file=out)
    print(traceback.format_exc(limit=1), end="", file=out)
    print(traceback.format_exception(e, limit=-1), file=out)
    print(traceback.format_tb(e.__traceback__), file=out)
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, len(s), file=out)
    for fs in s:
        print(fs, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs), list(fs)[1:], file=out)
    print(s[0] == (__file__, 14, '<module>', 'outer(0)'), file=out)
    print(traceback.format_list(s), file=out)
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out, limit=2)
    traceback.print_tb(e.__traceback__, file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out)

print(traceback.format_exc(), end="", file=out)
traceback.print_exc(file=out)
print(traceback.format_exception_only(ValueError("msg")), file=out)
print(traceback.format_exception_only(ValueError()), file=out)
print(traceback.format_exception(KeyError("k")), file=out)
e = ValueError("noted")
e.add_note("a note")
e.add_note("another")
print(traceback.format_exception_only(e), file=out)

class MyError(Exception):
    pass

print(traceback.format_exception_only(MyError("mine")), file=out)
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as err:
    print("ValueError", err, file=out)
try:
    traceback.format_exception("x")
except TypeError as err:
    print("TypeError", err, file=out)
