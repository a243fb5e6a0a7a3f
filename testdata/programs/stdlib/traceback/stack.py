import sys
import traceback


class Out:
    """Writes to stdout with this file's path shortened to FILE (CPython's is absolute)."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))


out = Out()


def show():
    print("".join(traceback.format_stack()), end="", file=out)
    traceback.print_stack(file=out)
    traceback.print_stack(limit=1, file=out)
    s = traceback.extract_stack()
    print(type(s).__name__, [f.name for f in s], [f.lineno for f in s], file=out)
    print(traceback.format_stack(limit=1), file=out)
    print([f.name for f in traceback.extract_stack(sys._getframe(1))], file=out)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)][:2], file=out)


def caller():
    show()


caller()
fs = traceback.FrameSummary("spam.py", 3, "eggs", line="x = 1")
print(fs, fs.line, fs.lineno, fs == ("spam.py", 3, "eggs", "x = 1"), fs.colno, fs.end_lineno, file=out)
fs2 = traceback.FrameSummary("nofile.py", 7, "f", lookup_line=False)
print(repr(fs2.line), file=out)
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), fs])
print(ss.format(), file=out)
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]), file=out)
print(ss.format_frame_summary(fs), file=out)
try:
    {}["k"]
except KeyError as e:
    tb = e.__traceback__
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)], file=out)
    traceback.clear_frames(tb)
    te = traceback.TracebackException(type(e), e, tb)
    print(te.stack.format(), file=out)
    te2 = traceback.TracebackException.from_exception(e)
    print(te == te2, str(te), te.exc_type, file=out)
    te.print(file=out)
