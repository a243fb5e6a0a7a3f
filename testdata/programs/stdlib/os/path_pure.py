import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir,
      os.devnull, os.name, os.path.sep)
j = os.path.join
print(j("a"), j("a", "b"), j("a/", "b"), j("a", "/b", "c"), j("", "x"), j("a", ""), j("/", "a"), j(b"a", b"b"))
for p in ["/a/b/c.txt", "a/b/", "c.txt", "/", "", "//x", "a//b", "///a"]:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["x.tar.gz", ".bashrc", "a/b.c/d", "a.b/", "..", "x.", "...x", "/a/.b.c", b"f.py"]:
    print(repr(p), os.path.splitext(p))
for p in ["a//b/../c/./d", "/../a", "../../x", ".", "", "//a//b", "///a", "a/b/..", "a/../..", b"/x/./y/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.splitdrive("/a/b"), os.path.splitroot("/a/b"), os.path.splitroot("a"), os.path.splitroot("//a"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x", "/a/b/c"))
print(os.path.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), os.path.commonpath(["a/x", "a/y"]),
      os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(os.path.normcase("A/B"), os.path.abspath("/a/../b"), os.path.isabs("a"))
os.environ["HOME"] = "/home/tester"
print(os.path.expanduser("~/x"), os.path.expanduser("~"), os.path.expanduser("x/~"), os.path.expanduser("~nosuchuser_zz/x"))
os.environ["PYVM_T"] = "val"
print(os.path.expandvars("$PYVM_T/${PYVM_T}/$NOPE_ZZ/${NOPE_ZZ}/$"), os.path.expandvars(b"$PYVM_T"))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("s"), os.fspath(b"b"), os.fspath(P("pl")), os.path.join(P("a"), P("b")), os.path.basename(P("/q/r")))
print(isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
for bad in [1, None, P(1)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.fsencode(b"x"))
