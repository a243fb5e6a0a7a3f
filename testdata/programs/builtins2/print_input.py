# print with sep/end/file/flush, writing to sys.stdout as looked up at each call; input from a replaced stdin.
import sys


print()
print(1, "two", 3.0, None, [4], (5,), {"six": 6})
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep=None, end=None)
print(*range(5), sep="-")


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


col = Collector()
print("to", "collector", file=col)
print("flushed", file=col, flush=True)
print(col.parts)
saved = sys.stdout
sys.stdout = col
print("while replaced")
sys.stdout = saved
print(col.parts[-2:])
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
for bad in [lambda: print(1, sep=5), lambda: print(1, end=[]), lambda: print(1, foo=1),
            lambda: print(1, file=5)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines("first line\n", "second", "")
print(repr(input()))
print(repr(input("prompt: ")))
try:
    input()
except EOFError as ex:
    print(type(ex).__name__, ex)
