import io
import sys

print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stderr, io.TextIOBase), isinstance(sys.stdin, io.IOBase))
print(isinstance(sys.stdout, io.StringIO), isinstance(io.StringIO(), io.TextIOWrapper), isinstance(5, io.IOBase))
print(sys.stdout.encoding, open is io.open, io.open.__name__)
buf = io.StringIO()
print("to buffer", 1, 2, sep=",", file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.text_encoding(None), io.text_encoding("latin-1"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.BlockingIOError is BlockingIOError)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
