import sys
import traceback


class Out:
    """Writes to stdout with this file's path shortened to FILE (CPython's is absolute)."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))


out = Out()


def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)


try:
    try:
        fail(2)
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    traceback.print_exception(e, file=out)
    traceback.print_exception(e, file=out, chain=False)
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is None or te.__context__.exc_type.__name__, te.__suppress_context__, file=out)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[0].name, file=out)
    print(list(te.format_exception_only()), file=out)
    print("".join(te.format()), end="", file=out)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)), end="", file=out)

try:
    try:
        raise OSError("first")
    except OSError:
        raise RuntimeError("second") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="", file=out)


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    print("".join(traceback.format_exception(e)), end="", file=out)
    print(len(traceback.extract_tb(e.__traceback__)), file=out)

try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    traceback.print_exception(e, file=out)

try:
    try:
        raise ValueError(1)
    except ValueError as v:
        raise ExceptionGroup("eg", [v, KeyError(2)])
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)), end="", file=out)
    print("".join(traceback.format_exception(g, chain=False)), end="", file=out)
    print("".join(traceback.format_exception(g, limit=0)), end="", file=out)
print(traceback.format_exception_only(ExceptionGroup("eg", [ValueError(1)])), file=out)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="", file=out)
