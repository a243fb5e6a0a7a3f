#!/usr/bin/env python3
"""Write CPython 3.12's results for text and bytes operations, for TextTableTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/text_table.py > testdata/objects/text_table.txt

Covers printf-style `%` of str, bytes and bytearray, str.format / format_map, format() of complex, the methods
of str, bytes and bytearray (mutating ones included), encode/decode with error handlers, and memoryview.

One case per line, tab-separated: an operation, its operands, then the expected outcome.
Operands (no spaces or tabs inside a token; containers hold space-separated tokens):
  n  T  F  i:<int>  f:<16 hex digits of the IEEE bits>  c:<re bits>,<im bits>  s:<hex of UTF-8, surrogatepass>
  y:<hex> (bytes)  a:<hex> (bytearray)  t[ ... ] (tuple)  l[ ... ] (list)  d[ k v ... ] (dict)
  x[ start stop step ] (slice)  m[ v ] (memoryview of v)
Outcome: `=` + repr(result) (a memoryview result shows as <memoryview b'...'>), or `!` + exception type name +
`: ` + str(exception). Backslash, newline and tab are escaped in the outcome.
Operations: see OPS below (names:TYPE lists the public attributes and the usual dunders of a type); TextTableTest implements the same names.
"""

import random
import struct


def fbits(v):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]


def enc(v):
    if v is None:
        return "n"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:" + fbits(v)
    if isinstance(v, complex):
        return "c:" + fbits(v.real) + "," + fbits(v.imag)
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, bytes):
        return "y:" + v.hex()
    if isinstance(v, bytearray):
        return "a:" + v.hex()
    if isinstance(v, tuple):
        return "t[" + "".join(" " + enc(x) for x in v) + " ]"
    if isinstance(v, list):
        return "l[" + "".join(" " + enc(x) for x in v) + " ]"
    if isinstance(v, dict):
        return "d[" + "".join(" " + enc(k) + " " + enc(x) for k, x in v.items()) + " ]"
    if isinstance(v, slice):
        return "x[ %s %s %s ]" % (enc(v.start), enc(v.stop), enc(v.step))
    if isinstance(v, MV):
        return "m[ " + enc(v.source) + " ]"
    raise TypeError(v)


class MV:
    """A memoryview operand, made fresh for each case."""

    def __init__(self, source):
        self.source = source


def fresh(v):
    """A copy of a mutable operand (each case starts from the encoded value)."""
    if isinstance(v, bytearray):
        return bytearray(v)
    if isinstance(v, list):
        return [fresh(x) for x in v]
    if isinstance(v, dict):
        return {k: fresh(x) for k, x in v.items()}
    if isinstance(v, MV):
        return memoryview(fresh(v.source))
    return v


def show(r):
    if isinstance(r, memoryview):
        return "<memoryview " + repr(r.tobytes()) + ">"
    if isinstance(r, tuple):
        return "(" + ", ".join(show(x) for x in r) + ("," if len(r) == 1 else "") + ")"
    return repr(r)


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def call_kw(o, name, args):
    *pos, kw = args
    return getattr(o, name)(*pos, **kw)


def mv_setitem(a):
    m = memoryview(a[0])
    m[a[1]] = a[2]
    return a[0]


def mv_released(a, name):
    m = memoryview(a[0])
    m.release()
    r = getattr(m, name)
    return r(*a[1:]) if callable(r) else r


def mv_resize(a):
    m = memoryview(a[0])
    try:
        return a[0].append(1)
    finally:
        m.release()


def mv_with(a):
    with memoryview(a[0]) as m:
        data = m.tobytes()
    try:
        m[0]
    except ValueError as e:
        return (data, str(e))
    return (data, None)


def mv_release_resize(a):
    m = memoryview(a[0])
    m.release()
    a[0].append(1)
    return a[0]


def setitem(a):
    a[0][a[1]] = a[2]
    return a[0]


def delitem(a):
    del a[0][a[1]]
    return a[0]


def iadd(a):
    x = a[0]
    x += a[1]
    return (x, x is a[0])


def imul(a):
    x = a[0]
    x *= a[1]
    return (x, x is a[0])


OPS = {
    "%": lambda a: a[0] % a[1],
    "+": lambda a: a[0] + a[1],
    "*": lambda a: a[0] * a[1],
    "==": lambda a: a[0] == a[1],
    "!=": lambda a: a[0] != a[1],
    "<": lambda a: a[0] < a[1],
    ">=": lambda a: a[0] >= a[1],
    "in": lambda a: a[0] in a[1],
    "len": lambda a: len(a[0]),
    "repr": lambda a: repr(a[0]),
    "str": lambda a: str(a[0]),
    "hash": lambda a: hash(a[0]) == hash(a[1]),
    "list": lambda a: list(a[0]),
    "itertype": lambda a: (type(iter(a[0])).__name__, list(iter(a[0]))),
    "getitem": lambda a: a[0][a[1]],
    "setitem": setitem,
    "delitem": delitem,
    "iadd": iadd,
    "imul": imul,
    "format": lambda a: format(a[0], a[1]),
    "mv:setitem": mv_setitem,
    "mv:resize": mv_resize,
    "mv:with": mv_with,
    "mv:release_resize": mv_release_resize,
}


DUNDERS = ["__mod__", "__rmod__", "__format__", "__getnewargs__", "__bytes__", "__enter__", "__exit__", "__alloc__",
           "__iadd__", "__imul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
           "__hash__", "__eq__", "__lt__", "__add__", "__mul__", "__rmul__", "__repr__", "__str__", "__init__", "__new__"]


def names(t):
    return sorted(n for n in dir(t) if not n.startswith("_") or n in DUNDERS)


def subclass_case(base, a):
    """class Sub(base): pass; an instance from the operands, an attribute set on it, and some operations."""
    sub = type("Sub", (base,), {"__module__": "m"})
    x = sub(*a)
    x.tag = 1
    r = [type(x).__name__, x.tag, repr(x), len(x), x == base(*a), type(x + x).__name__, type(x[:1]).__name__]
    if base is not memoryview:
        r.append(type(x.upper()).__name__)
        r.append(type(x * 2).__name__)
    return tuple(r)


def run(op, args):
    a = [fresh(x) for x in args]
    if op in OPS:
        return OPS[op](a)
    kind, name = op.split(":", 1)
    if kind == "call":
        return getattr(a[0], name)(*a[1:])
    if kind == "callkw":
        return call_kw(a[0], name, a[1:])
    if kind == "mcall":
        return (getattr(a[0], name)(*a[1:]), a[0])
    if kind == "cls":
        t, meth = name.split(".")
        return getattr({"str": str, "bytes": bytes, "bytearray": bytearray}[t], meth)(*a)
    if kind == "new":
        return {"bytes": bytes, "bytearray": bytearray, "memoryview": memoryview, "str": str}[name](*a)
    if kind == "newkw":
        *pos, kw = a
        return {"bytes": bytes, "bytearray": bytearray, "str": str}[name](*pos, **kw)
    if kind == "names":
        return names({"str": str, "bytes": bytes, "bytearray": bytearray, "memoryview": memoryview,
                      "complex": complex}[name])
    if kind == "sub":
        return subclass_case({"str": str, "bytes": bytes, "bytearray": bytearray}[name], a)
    if kind == "mvattr":
        return getattr(a[0], name)
    if kind == "mvreleased":
        return mv_released(a, name)
    raise ValueError(op)


def emit(op, *args):
    try:
        out = "=" + show(run(op, list(args)))
    except Exception as e:
        out = "!" + type(e).__name__ + ": " + str(e)
    print("\t".join([op] + [enc(x) for x in args] + [esc(out)]))


# ---------------------------------------------------------------- printf-style formatting
ints = [0, 1, -1, 42, -42, 255, 2 ** 40, -(2 ** 70), True]
floats = [0.0, -0.0, 1.5, -2.25, 3.14159, 1e-5, 123456.789, 1e300, float("inf"), float("-inf"), float("nan")]
for conv in "diuoxXc":
    for flags in ["", "#", "0", "-", "+", " ", "#0", "-#", "+0", " -"]:
        for width in ["", "6", "*"]:
            for prec in ["", ".3", ".0"]:
                fmt = "%" + flags + width + prec + conv + "|"
                for v in (ints[:6] if conv != "c" else [65, 0x1F600, "x", 1114112]):
                    args = (5, v) if width == "*" else (v,)
                    emit("%", fmt, args)
for conv in "eEfFgG":
    for flags in ["", "#", "0", "-", "+", " ", "+0", "-#"]:
        for width in ["", "12"]:
            for prec in ["", ".0", ".2", ".*"]:
                fmt = "%" + flags + width + prec + conv
                for v in floats:
                    emit("%", fmt, (3, v) if prec == ".*" else (v,))
for conv in "sra":
    for spec in ["", "5", "-5", ".2", "8.3", "*"]:
        for v in ["abc", "é€😀", 42, None, 1.5, [1, "x"], (1,), b"by"]:
            emit("%", "%" + spec + conv + "|", (4, v) if spec == "*" else (v,))
for fmt, args in [
    ("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%y", 1), ("%(a)s", 1), ("%(a)s", {}), ("%c", "ab"), ("%c", 1.5),
    ("%x", 1.5), ("%d", 1.7), ("%d", -3.99), ("%d", float("inf")), ("%d", float("nan")), ("%*d", ("a", 3)),
    ("%(a)*d", {"a": 1}), ("%", ()), ("abc %", ()), ("%s", []), ("%s", {}), ("%d", {}), ("%(a)s %s", {"a": 1}),
    ("%(a", {"a": 1}), ("%i %u", (3, 4)), ("%e", "x"), ("%f", None), ("%%", ()), ("%% %s", 1), ("%s", ()),
    ("%c", -1), ("%.*d", (-1, 5)), ("%-*d|", (-5, 3)), ("%(a)s", [1]), ("abc", []), ("abc", 5), ("abc", {}),
    ("%d", 1j), ("%s %(a)s", {"a": 1}), ("%(a)s%(a)s", {"a": 1}), ("%((a))s", {"(a)": 1}), ("%5%", (1,)),
    ("%5", 1), ("%.a", 1), ("%-", 1), ("%(a)", {"a": 1}), ("%l", 1), ("%ld %hd %Ld", (1, 2, 3)), ("%z", 1),
    ("%\u1234", 1), ("%.1000000000000000000000f", 1.0), ("%1000000000000000000000d", 1), ("%o", 1.0),
    ("%c", 2 ** 70), ("%s%s", "ab"), ("%(x)d %(y)r", {"x": 1, "y": "q"}), ("%d", (1,)), ("%s", ((1,),)),
    ("%*s", (None, 3)), ("%.*s", (1.5, "x")), ("%X", "a"), ("%c", None), ("%f", 2 ** 2000), ("%i", "3"),
    ("%.3s", "日本語xyz"), ("%x", True), ("%.2d", 2 ** 70), ("%*d", (2 ** 63, 1)), ("%b", 1), ("a%sb%sc", ("x", "y")),
    ("%s", "a" * 3), ("%r", "it's"), ("%a", "\x00\u20ac"), ("%-5c|", "x"), ("%05s|", "ab"), ("%c", ""),
]:
    emit("%", fmt, args)
for fmt, args in [
    (b"%s", "x"), (b"%d", "x"), (b"%c", 256), (b"%c", b"ab"), (b"%r", "é"), (b"%y", 1), (b"%b", 3),
    (b"%s", bytearray(b"x")), (b"%a", b"x"), (b"%c", -1), (b"%c", "a"), (b"%x", 1.5), (b"%5d", 42), (b"%ld", 1),
    (b"%5.1f|%-5s|", (2.25, b"ab")), (b"%(k)s", {b"k": b"v"}), (b"%(k)s", {"k": b"v"}), (b"%s", 1),
    (b"%c%c", (65, b"B")), (b"abc", ()), (b"abc", b"x"), (b"abc", {}), (b"%f", b"x"), (b"%c", None), (b"%d", None),
    (b"%s-%d-%x-%.2f-%r", (b"a", 1, 255, 2.5, "s")), (b"%%%s%%", b"x"), (b"%s", MV(b"mv")), (b"%5s|%-4b|", (b"a", b"b")),
    (b"%s", (b"\xff\x00",)), (b"%a", "é"), (b"%s %s", (b"x",)), (b"%c", bytearray(b"z")), (b"%c", 255),
]:
    emit("%", fmt, args)
    emit("%", bytearray(fmt), args)
emit("%", 5, "x")
emit("%", [1], "x")

# random directives, fixed seed: flags, width, precision and conversion against mixed values
rnd = random.Random(2024)
values = [0, 7, -13, 2 ** 64 + 3, -(10 ** 25), 0.1, -2.5e-7, 6.02e23, 1e16, 255.999, "txt", "é😀", None, True, (1,),
          [2], b"b"]
for _ in range(1500):
    conv = rnd.choice("diouxXeEfFgGcrsa%")
    spec = "".join(rnd.sample("#0- +", rnd.randint(0, 3))) + rnd.choice(["", "1", "7", "12"]) + \
        rnd.choice(["", ".", ".0", ".1", ".4", ".12"])
    v = rnd.choice(values)
    if conv == "c":
        v = rnd.choice([65, 0xe9, 0x1F600, "z", v])
    pre = rnd.choice(["", "<", "a%sb" % "%%"])
    emit("%", pre + "%" + spec + conv + "|", (v,))
    if rnd.random() < 0.3 and conv != "%":
        emit("%", pre + "%(k)" + spec + conv, {"k": v})
    if rnd.random() < 0.2 and conv != "%":
        emit("%", ("%" + spec + conv).encode("ascii"), (v if not isinstance(v, str) else v.encode("utf-8"),))
pieces = ["{}", "{0}", "{1}", "{k}", "{0!r}", "{!s}", "{:>6}", "{0:^{1}}", "{k[0]}", "{0.real}", "{{", "}}", "x", " ",
          "{:.2}", "{0:{w}}", "{!a:<4}", "{0[1]}", "{", "}", "{:x}", "{:,}", "{1!r:*>5}"]
fvals = [5, "ab", 2.5, [1, 2], "é", 10 ** 6]
for _ in range(700):
    fmt = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4)))
    args = tuple(rnd.choice(fvals) for _ in range(rnd.randint(0, 3)))
    kw = rnd.choice([{}, {"k": "kv"}, {"k": [9], "w": 5}, {"w": "<3"}])
    emit("callkw:format", fmt, *args, kw)

# ---------------------------------------------------------------- str.format, format_map, format()


class A:
    x = 5


for fmt, args, kw in [
    ("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1, 2), {}), ("}", (), {}),
    ("{", (), {}), ("a{0", (1,), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{0!r:>5}", (1,), {}), ("{a}", (), {}), ("{0.}", (1,), {}), ("{0[}", ([1],), {}), ("{0[0]x}", ([1],), {}),
    ("{0[0]}", ({0: "z"},), {}), ("{0[a]}", ({"a": "z"},), {}), ("{0[-1]}", ({"-1": "z"},), {}),
    ("{0.real}", (3,), {}), ("{0.nope}", (3,), {}), ("{:{}}", (1, 5), {}), ("{:{}{}}|", (1, ">", 5), {}),
    ("{:{:{}}}", (1, 2, 3), {}), ("{{}}", (), {}), ("{0:x}", ("a",), {}), ("{!r}", ("a",), {}),
    ("{0[0]}", ("ab",), {}), ("{0[5]}", ("ab",), {}), ("{0:}", (1,), {}), ("{0!s:}", (1,), {}),
    ("{:d}", (1.5,), {}), ("{ 0 }", (1,), {}), ("{0 }", (1,), {}), ("{-1}", (1,), {}), ("{0:{1}}", ("x", "z"), {}),
    ("{0!a}", ("é",), {}), ("x{}y}", (1,), {}), ("{}", (), {}), ("{0:{a}}", (1,), {"a": 3}), ("{[0]}", ([7],), {}),
    ("{0]}", (1,), {}), ("{0[0}", (1,), {}), ("{0!r", (1,), {}), ("{:", (1,), {}), ("{0:{", (1,), {}),
    ("{0[}]}", ({"}": 1},), {}), ("{0:}}", (1,), {}), ("{0:{}}", (1, 2), {}), ("{}{:{}}", (1, 2, 3), {}),
    ("{0}", (), {}), ("{10000000000000000000000}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{!}", (1,), {}),
    ("{:<10}|", (None,), {}), ("{:>5}", (1j,), {}), ("{:10.2f}", (1 + 2j,), {}), ("{0.__class__.__name__}", (1,), {}),
    ("{0[0][1]}", ([[1, 2]],), {}), ("{0[x][y]}", ({"x": {"y": 9}},), {}), ("{0..}", (1,), {}),
    ("{0.real.}", (1,), {}), ("{0[]}", ({},), {}), ("{0[0].real}", ([3],), {}), ("{0[0]}", (1,), {}),
    ("{name}={value!r}", (), {"name": "k", "value": "v"}), ("{0}{1}{0}", ("ab", "cd"), {}),
    ("{:*^9}", ("mid",), {}), ("{:+,d}", (1234567,), {}), ("{:08.3f}", (-3.14159,), {}), ("{:#x}|{:#o}|{:#b}", (255, 8, 5), {}),
    ("{:%}", (0.125,), {}), ("{:.3}", ("abcdef",), {}), ("{:_}", (10 ** 9,), {}), ("{:c}", (9731,), {}),
    ("{x:>{w}}", (), {"x": "r", "w": 6}), ("{:{}.{}f}", (2.71828, 10, 3), {}), ("{0!s:^7}", (None,), {}),
    ("{:=+8}", (-5,), {}), ("{:z.1f}", (-0.01,), {}), ("{:e}", (12345.678,), {}), ("{:g}", (1e-7,), {}),
    ("{0}{1}", ("a",), {"b": 1}), ("{b}", ("a",), {"b": 1}), ("{:s}", (1,), {}), ("{:,}", ("x",), {}),
    ("{:10}|{:<10}|{:^10}|{:>10}", ("a", 1, 2.5, True), {}), ("\u00e9{}\U0001F600", ("€",), {}),
    ("{0:{1}{2}}", (5, "0>", 3), {}), ("{0:=5}", ("s",), {}), ("{:+}", ("s",), {}), ("{:#}", ("s",), {}),
    ("{:_}", ("s",), {}), ("{:05}", ("s",), {}), ("{:.0}", ("s",), {}), ("{:5c}", ("s",), {}), ("{:x<5}", ([],), {}),
    ("{!r:>6}", (1j,), {}), ("{:>{}}", ("x", "5.5"), {}), ("{:.{}f}", (1.0, -1), {}), ("{:{fill}{align}6}", ("x",), {"fill": "-", "align": "^"}),
]:
    emit("callkw:format", fmt, *args, kw)
for fmt, m in [("{x}", {"x": 1}), ("{0}", {}), ("{}", {}), ("{x}", 1), ("{x[0]}", {"x": "ab"}), ("{x.real}", {"x": 2}),
               ("{a}-{b}", {"a": 1}), ("{a!r:>6}", {"a": "z"}), ("{{{a}}}", {"a": 0}), ("{x:{y}}", {"x": 3, "y": "04"})]:
    emit("call:format_map", fmt, m)
for z in [1 + 2j, -1.5 - 0.5j, 2j, -0.0 + 3j, complex(float("nan"), float("inf")), 1e20 + 1e-5j, -2j, 0j]:
    for spec in ["", ">12", ".2f", "+.3e", "10.2f", "^20.3g", "=10", "010", "x", ".3", "g", "n", ",.2f", "<15",
                 "E", "+", " ", "#g", "*^16"]:
        emit("format", z, spec)

# random format specs, fixed seed, for str and complex
def rand_spec():
    parts = [rnd.choice(["", "", "*", "0", "é"]) + rnd.choice(["", "<", ">", "^", "="]) if rnd.random() < 0.5 else "",
             rnd.choice(["", "", "+", "-", " "]), rnd.choice(["", "", "", "z"]), rnd.choice(["", "", "#"]),
             rnd.choice(["", "", "0"]), rnd.choice(["", "", "1", "8", "15"]), rnd.choice(["", "", "", ",", "_"]),
             rnd.choice(["", "", ".0", ".2", ".6"]), rnd.choice(["", "", "s", "e", "E", "f", "F", "g", "G", "n", "%", "d",
                                                             "x"])]
    return "".join(parts)


for _ in range(900):
    emit("format", rnd.choice(["", "abc", "é😀", "x" * 12, 1 + 2j, -0.5j, 3e-9 - 4e9j, complex("nan-infj"), -0.0 - 0.0j]),
         rand_spec())

# ---------------------------------------------------------------- str methods
strs = ["", "abc", "Hello World", "  padded\t", "a,b,,c", "line1\nline2\r\nline3\rl4\x0bl5\x0cl6\x1cl7\x85l8\u2028l9",
        "ÉcoLe ß ǅ", "tab\tsep\tx", "日本語", "😀x😀", "Title Case Here", "they're bill's", "12", "٣", "x\u0300",
        "\x00\x7f", "a\u200bb", "ﬁ", "ΣΑΣ", "İstanbul", "ǅemal", "ℌ", "_id", "1id", "if", "x'\"y", "Ⅻ", "½",
        "ΌΣΟΣ ΣΑΣ.", "ŉ", "ǰ"]
STR_METHODS = [
    ("casefold", []), ("upper", []), ("lower", []), ("swapcase", []), ("title", []), ("capitalize", []),
    ("istitle", []), ("isprintable", []), ("isidentifier", []), ("isascii", []), ("isdecimal", []),
    ("isnumeric", []), ("isalnum", []), ("expandtabs", []), ("expandtabs", [2]), ("expandtabs", [0]),
    ("splitlines", []), ("splitlines", [True]), ("partition", [","]), ("rpartition", [","]), ("partition", [""]),
    ("partition", [1]), ("removeprefix", ["He"]), ("removesuffix", ["re"]), ("removeprefix", [1]),
    ("translate", [{97: "A", 98: None, 0x65e5: 0x6708}]), ("translate", [[]]), ("encode", []),
    ("encode", ["ascii"]), ("encode", ["latin-1"]), ("encode", ["ascii", "ignore"]), ("encode", ["ascii", "replace"]),
    ("encode", ["ascii", "backslashreplace"]), ("encode", ["latin-1", "xmlcharrefreplace"]), ("encode", ["utf-16-le"]),
    ("encode", ["nope"]), ("encode", ["ascii", "nope"]), ("zfill", [8]), ("center", [9, "é"]), ("ljust", [3, "ab"]),
    ("count", ["", 1]), ("find", ["", 40]), ("format", []), ("startswith", [("x", "He", "12")]),
]
for v in strs:
    for name, args in STR_METHODS:
        emit("call:" + name, v, *args)
for args in [("abc", "xyz"), ("abc", "xyz", "d"), ({"a": "b", 99: None},), ({"ab": 1},), ("a", "bc"), ({1: 2},), (1,),
             ("ab",)]:
    emit("cls:str.maketrans", *args)
for v, errors in [("a\udcffb", "surrogateescape"), ("\ud800", "strict"), ("ab\ud800\ud801c", "strict"),
                  ("ab\ud800\ud801c", "surrogatepass"), ("a\udc80", "replace"), ("é€", "strict"), ("\udc41", "surrogateescape")]:
    emit("call:encode", v, "utf-8", errors)
    emit("call:encode", v, "ascii", errors)
emit("callkw:encode", "é", {"encoding": "latin1", "errors": "strict"})
emit("callkw:encode", "é", {"errors": "ignore", "encoding": "ascii"})
emit("callkw:encode", "é", {"bad": 1})
emit("call:encode", "x", 1)
emit("call:encode", "x", "utf-8", 1)
emit("call:encode", "x", None)
emit("call:encode", "x", "utf-8", "strict", 1)
emit("callkw:decode", b"x", {"errors": 1})
emit("call:decode", b"x", "a", "b", "c")
emit("call:format_map", "x")
emit("call:translate", "a")
emit("call:hex", b"a", 1, 2, 3)

# ---------------------------------------------------------------- bytes / bytearray methods
bvals = [b"", b"abc", b"Hello World", b"  a b  c ", b"a,b,,c", b"ab\ncd\r\nef\rg\x0bh", b"\x00\xff\x80", b"tab\tx",
         b"MiXeD 12", b"-42", b"\x1ca\x1c", b"aaa"]
BYTES_METHODS = [
    ("upper", []), ("lower", []), ("swapcase", []), ("title", []), ("capitalize", []), ("istitle", []),
    ("isalpha", []), ("isalnum", []), ("isdigit", []), ("isspace", []), ("islower", []), ("isupper", []),
    ("isascii", []), ("split", []), ("split", [b","]), ("split", [b",", 1]), ("split", [None, 1]),
    ("rsplit", [None, 1]), ("rsplit", [b",", 1]), ("split", [b""]), ("split", [","]), ("strip", []),
    ("lstrip", [b"a "]), ("rstrip", [b"c "]), ("strip", ["a"]), ("find", [b"b"]), ("find", [98]),
    ("find", [b"b", 2]), ("find", ["b"]), ("find", [256]), ("rfind", [b"a"]), ("index", [b"z"]),
    ("rindex", [b"a"]), ("count", [b"a"]), ("count", [b""]), ("count", [97]), ("startswith", [b"a"]),
    ("startswith", [(b"x", b"H")]), ("startswith", ["a"]), ("endswith", [b"c", 0, 2]), ("replace", [b"a", b"X"]),
    ("replace", [b"", b"-"]), ("replace", [b"a", b"", 1]), ("replace", ["a", b""]), ("join", [[b"x", bytearray(b"y")]]),
    ("join", [[b"x", "y"]]), ("join", [1]), ("partition", [b","]), ("rpartition", [b" "]), ("partition", [b""]),
    ("center", [12, b"*"]), ("center", [12, "*"]), ("ljust", [6]), ("rjust", [6, b"."]), ("zfill", [6]),
    ("expandtabs", [4]), ("splitlines", []), ("splitlines", [True]), ("removeprefix", [b"a"]),
    ("removesuffix", [b"c"]), ("hex", []), ("hex", [":"]), ("hex", [b"-", 2]), ("hex", [":", -2]), ("hex", ["::"]),
    ("hex", ["é"]), ("decode", []), ("decode", ["ascii"]), ("decode", ["latin-1"]), ("decode", ["ascii", "ignore"]),
    ("decode", ["utf-8", "replace"]), ("decode", ["utf-8", "backslashreplace"]), ("decode", ["utf-8", "surrogateescape"]),
    ("decode", ["nope"]), ("decode", [1]), ("translate", [None, b"a"]), ("translate", [b"x"]),
    ("translate", [bytes(range(255, -1, -1))]), ("__getnewargs__", []), ("__bytes__", []), ("__alloc__", []),
]
for v in bvals:
    for name, args in BYTES_METHODS:
        emit("call:" + name, v, *args)
        emit("call:" + name, bytearray(v), *args)
# random arguments, fixed seed: bounds, separators and counts for the searching and splitting methods
hay = [b"", b"a", b"abcabc", b"a,b,,c,", b"  x  y ", b"aaaa", b"\x00\xff\x00"]
needles = [b"", b"a", b"bc", b",", b" ", b"aa", b"\x00", b"zz", 97, 0]
bounds = [None, 0, 1, 2, -1, -3, 5, 100, -100]
for _ in range(1200):
    v = rnd.choice(hay)
    if rnd.random() < 0.4:
        v = bytearray(v)
    m = rnd.choice(["find", "rfind", "count", "index", "rindex", "startswith", "endswith", "split", "rsplit",
                    "replace", "strip", "partition", "rpartition", "lstrip", "rstrip"])
    n = rnd.choice(needles)
    if m in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith"):
        if m in ("startswith", "endswith") and isinstance(n, int):
            n = rnd.choice([b"a", (b"x", b"a"), (b"",)])
        args = [n] + [rnd.choice(bounds) for _ in range(rnd.randint(0, 2))]
    elif m in ("split", "rsplit"):
        args = [rnd.choice([None, b",", b"a", b" ", b"aa", b"bc"]), rnd.choice([-1, 0, 1, 2, 5])]
    elif m == "replace":
        args = [rnd.choice(needles[:8]), rnd.choice([b"", b"-", b"XYZ"]), rnd.choice([-1, 0, 1, 2, 10])]
    elif m in ("strip", "lstrip", "rstrip"):
        args = [rnd.choice([None, b"a", b" x", b"\x00", b""])]
    else:
        args = [rnd.choice(needles[:8])]
    emit("call:" + m, v, *args)
strhay = ["", "a", "abcabc", "a,b,,c,", "  x  y ", "aaaa", "é😀é😀", "日本日本"]
strneedles = ["", "a", "bc", ",", " ", "aa", "😀", "本", "zz"]
for _ in range(800):
    v = rnd.choice(strhay)
    m = rnd.choice(["find", "rfind", "count", "index", "rindex", "startswith", "endswith"])
    args = [rnd.choice(strneedles)] + [rnd.choice(bounds) for _ in range(rnd.randint(0, 2))]
    emit("call:" + m, v, *args)
for v in [b"\xff", b"a\xffb", b"\xc3", b"a\xed\xa0\x80b", b"\xf0\x9f", b"\xf0\x9f\x98", b"\xe2\x82\xac\xf0\x9f\x98\x80",
          b"\xc0\x80", b"\xf5\x80", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"ok\xe9"]:
    for encoding in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            emit("call:decode", v, encoding, errors)
# random bytes and strings, fixed seed: the UTF-8 decoder's error ranges and every handler
alphabet = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x90,
            0x8f]
for _ in range(700):
    data = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6)))
    emit("call:decode", data, "utf-8", rnd.choice(["strict", "replace", "backslashreplace", "surrogateescape", "ignore"]))
chars = ["a", "é", "€", "😀", "\ud800", "\udc80", "\udcff", "\udfff", "\x7f", "\xff"]
for _ in range(400):
    text = "".join(rnd.choice(chars) for _ in range(rnd.randint(1, 5)))
    if any("\ud800" <= x <= "\udbff" and "\udc00" <= y <= "\udfff" for x, y in zip(text, text[1:])):
        continue  # a Java string cannot hold a lone high surrogate followed by a lone low one
    emit("call:encode", text, rnd.choice(["utf-8", "ascii", "latin-1"]),
         rnd.choice(["strict", "replace", "backslashreplace", "surrogateescape", "ignore", "xmlcharrefreplace",
                     "surrogatepass"]))
for args in [("0a 0B",), ("zz",), ("a",), (b"0a",), ("  ",), ("0 a",), ("0a\t0b\n",), (1,), ("é",)]:
    emit("cls:bytes.fromhex", *args)
    emit("cls:bytearray.fromhex", *args)
for args in [(b"ab", b"xy"), (b"a", b"bc"), ("a", "b"), (bytearray(b"q"), b"r")]:
    emit("cls:bytes.maketrans", *args)
for args in [(), (3,), ([1, 2, 255],), ([1, 256],), ("a",), ("é", "utf-8"), ("é", "ascii"), ("é", "ascii", "ignore"),
             (1, "x"), (-1,), (1.5,), (b"xy",), (bytearray(b"z"),), (MV(b"mv"),), ((65, 66),), (["a"],), (2 ** 70,),
             (b"x", "utf-8")]:
    emit("new:bytes", *args)
    emit("new:bytearray", *args)
for args in [(b"a", 1), (b"\xff", "utf-8", "replace"), (bytearray(b"x"), "ascii"), (MV(b"x"), "ascii"), ("x", "ascii"),
             (b"caf\xc3\xa9", "utf-8"), (b"\xe9", "latin-1"), (b"\xe9",), (1, "utf-8"), (b"x", "nope")]:
    emit("new:str", *args)
emit("newkw:str", 1, {"errors": "strict"})
emit("newkw:str", b"\xff", {"errors": "ignore"})
emit("newkw:bytes", {"source": "é", "encoding": "latin-1"})
emit("newkw:bytearray", {"source": [1, 2]})
emit("newkw:bytes", {"errors": "strict"})
for a, b in [(b"abc", b"abc"), (b"abc", bytearray(b"abc")), (bytearray(b"a"), b"b"), (bytearray(b"b"), bytearray(b"a")),
             (b"a", "a"), (bytearray(b"a"), "a"), (b"a", MV(b"a")), (MV(b"ab"), b"ab"), (MV(b"ab"), bytearray(b"ab")),
             (MV(b"ab"), MV(b"ab")), (MV(b"ab"), "ab"), (bytearray(b"ab"), MV(b"ab"))]:
    for op in ["==", "!=", "<", ">="]:
        emit(op, a, b)
for a, b in [(b"ab", b"cd"), (b"ab", bytearray(b"cd")), (bytearray(b"ab"), b"cd"), (b"a", "b"), (bytearray(b"a"), "b"),
             (b"a", MV(b"m")), (bytearray(b"a"), MV(b"m")), (MV(b"m"), b"a"), (b"a", 1)]:
    emit("+", a, b)
for a, n in [(b"ab", 3), (bytearray(b"ab"), 2), (b"ab", 0), (bytearray(b"ab"), -1), (b"ab", 1.5), (bytearray(b"x"), "y")]:
    emit("*", a, n)
for x, c in [(98, b"abc"), (b"bc", b"abc"), (256, b"abc"), ("a", b"abc"), (98, bytearray(b"abc")), (b"z", bytearray(b"abc")),
             (bytearray(b"ab"), b"abc"), (-1, bytearray(b"a")), (MV(b"b"), b"abc")]:
    emit("in", x, c)
for v in [b"", b"a'b", b'a"b', b"a'\"b", b"\x00\t\n\r\x7f\x80\\", bytearray(b"x'y"), bytearray()]:
    emit("repr", v)
    emit("str", v)
    emit("len", v)
    emit("list", v)
emit("hash", b"abc", "abc")
emit("hash", b"", "")
emit("hash", bytearray(b"a"), "a")
emit("hash", MV(b"ab"), b"ab")
emit("hash", MV(bytearray(b"ab")), b"ab")
for key in [0, -1, 3, -4, "a", 1.5, slice(None, None, -1), slice(1, None), slice(None, None, 2), slice(5, 1, -2), True]:
    emit("getitem", b"abc", key)
    emit("getitem", bytearray(b"abc"), key)
    emit("getitem", MV(b"abc"), key)

# ---------------------------------------------------------------- bytearray mutation
ba = bytearray(b"hello")
for key, val in [(0, 72), (-1, 33), (5, 1), (0, 256), (0, -1), (0, "a"), (0, b"a"), ("a", 1), (slice(1, 3), b"EY"),
                 (slice(1, 3), b""), (slice(1, 3), b"xyzw"), (slice(None, None, 2), b"ABC"), (slice(None, None, 2), b"AB"),
                 (slice(None, None, -1), b"olleh"), (slice(1, 3), [65, 66]), (slice(1, 3), [256]), (slice(1, 3), 5),
                 (slice(1, 3), "ab"), (slice(0, 0), bytearray(b"pre")), (slice(10, 20), b"end"), (slice(1, 3), MV(b"mv")),
                 (slice(3, 1), b"X"), (1.5, 1)]:
    emit("setitem", ba, key, val)
for key in [0, -1, 5, slice(1, 3), slice(None, None, 2), slice(None, None, -2), slice(4, 1, -1), "a"]:
    emit("delitem", ba, key)
for name, args in [("append", [33]), ("append", [256]), ("append", ["a"]), ("extend", [b" world"]), ("extend", [[1, 2]]),
                   ("extend", ["ab"]), ("extend", [5]), ("extend", [[300]]), ("insert", [0, 72]), ("insert", [-1, 76]),
                   ("insert", [100, 33]), ("insert", [0, 256]), ("pop", []), ("pop", [0]), ("pop", [10]), ("remove", [108]),
                   ("remove", [122]), ("remove", [300]), ("clear", []), ("copy", []), ("reverse", []), ("extend", [MV(b"mv")]),
                   ("extend", [(33, 34)]), ("extend", [bytearray(b"!")]), ("append", [])]:
    emit("mcall:" + name, ba, *args)
emit("mcall:pop", bytearray())
for other in [b"!", bytearray(b"?"), MV(b"mv"), "s", 1, [1]]:
    emit("iadd", ba, other)
for n in [2, 0, -1, "x", 1.5]:
    emit("imul", ba, n)

# random slices, fixed seed: slice assignment and deletion, views of slices
sl_parts = [None, 0, 1, 3, -1, -4, 10, -10]
steps = [None, 1, 2, -1, -2, 3]
for _ in range(600):
    b = bytearray(rnd.choice([b"", b"abcdefgh", b"xy", b"0123456789"]))
    sl = slice(rnd.choice(sl_parts), rnd.choice(sl_parts), rnd.choice(steps))
    r = rnd.random()
    if r < 0.45:
        emit("setitem", b, sl, rnd.choice([b"", b"Q", b"QRS", bytearray(b"zz"), [1, 2, 3, 4], b"LONGERVALUE"]))
    elif r < 0.7:
        emit("delitem", b, sl)
    elif r < 0.85:
        emit("getitem", MV(bytes(b)), sl)
    else:
        emit("mv:setitem", b, sl, bytes(len(range(*sl.indices(len(b))))))

# ---------------------------------------------------------------- memoryview
for src in [b"abc", bytearray(b"xyz"), b""]:
    for attr in ["readonly", "nbytes", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "obj",
                 "c_contiguous", "f_contiguous", "contiguous"]:
        emit("mvattr:" + attr, MV(src))
    for name, args in [("tobytes", []), ("tolist", []), ("hex", []), ("hex", [":"]), ("tobytes", ["x"]),
                       ("toreadonly", []), ("release", []), ("cast", ["B"]), ("__enter__", []), ("__exit__", [None, None, None])]:
        emit("call:" + name, MV(src), *args)
    for name in ["tobytes", "tolist", "hex", "release", "__enter__", "nbytes", "obj", "readonly", "format", "shape"]:
        emit("mvreleased:" + name, src)
    emit("len", MV(src))
    emit("list", MV(src))
    emit("new:memoryview", src)
for v in ["x", 1, None, [1]]:
    emit("new:memoryview", v)
emit("new:memoryview", MV(b"ab"))
for key in [0, -1, 3, -4, "a", 1.5, (0,), slice(None, None, -1), slice(1, None), slice(None, None, 2)]:
    emit("getitem", MV(b"abc"), key)
for src, key, val in [(bytearray(b"abc"), 0, 65), (bytearray(b"abc"), -1, 255), (bytearray(b"abc"), 0, 256),
                      (bytearray(b"abc"), 0, "a"), (bytearray(b"abc"), 3, 1), (bytearray(b"abc"), slice(0, 2), b"XY"),
                      (bytearray(b"abc"), slice(0, 2), b"X"), (bytearray(b"abc"), slice(0, 2), "XY"),
                      (bytearray(b"abc"), slice(None, None, 2), b"PQ"), (bytearray(b"abc"), slice(None, None, -1), b"zyx"),
                      (b"abc", 0, 65), (bytearray(b"abc"), (1,), 66), (bytearray(b"abc"), "k", 1)]:
    emit("mv:setitem", src, key, val)
emit("mv:resize", bytearray(b"ab"))
emit("mv:with", bytearray(b"q"))
emit("mv:release_resize", bytearray(b"ab"))
emit("delitem", MV(bytearray(b"ab")), 0)
emit("+", MV(b"ab"), b"x")
for v in [b"ab", bytearray(b"ab"), MV(b"ab"), "ab", "é😀", ""]:
    emit("itertype", v)
for t in ["str", "bytes", "bytearray", "memoryview", "complex"]:
    emit("names:" + t)
emit("sub:str", "abc")
emit("sub:bytes", b"abc")
emit("sub:bytes", [65, 66])
emit("sub:bytearray", b"abc")
emit("sub:bytearray", 2)
