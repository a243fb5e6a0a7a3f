import sys
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr) if False else None
print(sys.version_info[:2], sys.argv, sys.maxsize, sys.byteorder in ("little", "big"), sys.getrecursionlimit())
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"), __file__.rsplit("/", 1)[-1])
