#!/usr/bin/env python3
"""Write CPython 3.12's results for int/float/str/bool/None operations, for ObjectsTableTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/objects_table.py > testdata/objects/table.txt

One case per line, tab-separated: an operation, its operands, then the expected outcome.
Operands are typed: i:<decimal int>, f:<16 hex digits of the IEEE bits>, s:<hex of the UTF-8 bytes>,
b:True|False, n:None, t:<operands joined by ','> (tuple), l:<same> (list).
Outcome: `=` + repr(result), or `!` + exception type name + `: ` + str(exception).
Operations: binary operators (+ - * / // % ** << >> & | ^), comparisons (< <= == != > >=), `divmod`, `pow3`,
unary (`neg`, `pos`, `abs`, `invert`, `bool`, `repr`, `str`, `hash`, `int`, `float`, `len`, `index`),
`getitem` (index or slice s:start:stop:step encoded as x:<start>,<stop>,<step> with _ for None),
`call:NAME` (a method call; the first operand is self), `format` (format(x, spec)).
Fixed seed: reproducible.
"""

import math
import warnings
import random
import struct

rnd = random.Random(4242)
warnings.simplefilter("ignore")


def enc(v):
    if v is None:
        return "n:None"
    if isinstance(v, bool):
        return "b:" + repr(v)
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, tuple):
        return "t:" + ",".join(enc(x) for x in v)
    if isinstance(v, list):
        return "l:" + ",".join(enc(x) for x in v)
    if isinstance(v, slice):
        f = lambda x: "_" if x is None else str(x)
        return "x:%s,%s,%s" % (f(v.start), f(v.stop), f(v.step))
    raise TypeError(v)


def outcome(fn):
    try:
        r = repr(fn())
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e).replace("\\", "\\\\").replace("\n", "\\n")
    return "=" + r.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def emit(op, args, fn):
    out = outcome(fn)
    if len(out) > 400:
        return
    print("\t".join([op] + [enc(a) for a in args] + [out]))


ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 256, -256, 1000, 2 ** 31 - 1, 2 ** 31, -2 ** 31, 2 ** 53, 2 ** 53 + 1,
        2 ** 62, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 20, -10 ** 20, 3 ** 50, -(7 ** 40),
        2 ** 100 + 12345, 123456789012345678901234567890]
for _ in range(25):
    ints.append(rnd.randint(-10 ** 6, 10 ** 6))
for _ in range(15):
    ints.append(rnd.randint(-2 ** 70, 2 ** 70))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 3.0, 0.1, 1e-300, 1e300, 1e16, 1e22, 123.456, -7.25, 2.0 ** 53,
          2.0 ** 63, math.inf, -math.inf, math.nan, 1 / 3, 5e-324]
for _ in range(10):
    floats.append(rnd.uniform(-1000, 1000))
strs = ["", "a", "abc", "Hello, World", "  spaced  out  ", "a,b,,c", "ÿé", "日本語", "😀x😀", "it's", 'say "hi"',
        "both ' and \"", "tab\there\nnl", "\x00\x7f\x80\x9f\xa0\xad", "\u2028\u200b\ufeff", "\U0001f600",
        "back\\slash", "MiXeD CaSe", "123", "12_3", "  42  ", "0x1f", "-17", "3.5e2", "inf", "nan", "1_000.5",
        "ab" * 5, "\udc80"]

BIN = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "divmod": divmod,
}

small = [x for x in ints if abs(x) < 2 ** 70]
pairs = []
for _ in range(900):
    pairs.append((rnd.choice(ints), rnd.choice(ints)))
for _ in range(500):
    pairs.append((rnd.choice(floats), rnd.choice(floats)))
for _ in range(500):
    a, b = rnd.choice(ints), rnd.choice(floats)
    pairs.append((a, b) if rnd.random() < 0.5 else (b, a))
for a, b in pairs:
    for op in rnd.sample(sorted(BIN), 7):
        if op == "**" and isinstance(a, int) and isinstance(b, int) and abs(b) > 300:
            continue
        if op == "<<" and isinstance(b, int) and b > 2000:
            continue
        emit(op, [a, b], lambda: BIN[op](a, b))
for x in [2, 3, -3, 10, 2 ** 64 + 1, 7]:
    for y in [0, 1, 5, 64, -1, 100]:
        for m in [1, 7, -7, 0, 2 ** 61 - 1, 10 ** 9 + 7]:
            emit("pow3", [x, y, m], lambda: pow(x, y, m))
mixed = [None, True, False, "s", (1, 2), [1]]
for a in mixed + [1, 1.5]:
    for b in mixed + [1, 1.5]:
        for op in ["+", "*", "<", "==", "-", "%", "&"]:
            if op == "%" and isinstance(a, str):
                continue  # printf-style str formatting: not in the object core yet
            emit(op, [a, b], lambda: BIN[op](a, b))
for a in [(1, 2), (1, 2, 3), (), (1, "a"), [1, 2], [3], []]:
    for b in [(1, 2), (1, 3), (), [1, 2], [0]]:
        for op in ["+", "<", "==", "!=", ">="]:
            emit(op, [a, b], lambda: BIN[op](a, b))
    for n in [0, 2, -1]:
        emit("*", [a, n], lambda: a * n)

UN = {"neg": lambda a: -a, "pos": lambda a: +a, "abs": abs, "invert": lambda a: ~a, "bool": bool, "repr": repr,
      "str": str, "hash": hash, "int": int, "float": float, "len": len, "index": lambda a: a.__index__()}
for v in ints + floats + [True, False, None]:
    for op, fn in UN.items():
        if op == "hash" and isinstance(v, float) and math.isnan(v):
            continue
        emit(op, [v], lambda: fn(v))
for v in strs:
    for op in ["repr", "str", "len", "bool", "int", "float", "hash" if False else "len"]:
        emit(op, [v], lambda: UN[op](v))
    for n in range(-4, 5):
        emit("getitem", [v, n], lambda: v[n])
    for sl in [slice(None, None, None), slice(1, None, None), slice(None, -1, None), slice(None, None, -1),
               slice(1, 5, 2), slice(-3, None, None), slice(5, 1, -2), slice(0, 0, 1)]:
        emit("getitem", [v, sl], lambda: v[sl])
METHODS = [
    ("split", []), ("split", [","]), ("split", [",", 1]), ("split", [None, 1]), ("rsplit", [None, 1]),
    ("rsplit", [",", 1]), ("split", [""]), ("strip", []), ("lstrip", []), ("rstrip", []), ("strip", ["ab"]),
    ("upper", []), ("lower", []), ("find", ["b"]), ("find", ["b", 2]), ("rfind", ["a"]), ("index", ["z"]),
    ("count", ["a"]), ("count", [""]), ("startswith", ["a"]), ("startswith", [("x", "H")]), ("endswith", ["c"]),
    ("replace", ["a", "X"]), ("replace", ["", "-"]), ("replace", ["a", "", 1]), ("join", [["x", "y", "z"]]),
    ("join", [["x", 1]]), ("partition", [","]), ("rpartition", [" "]), ("center", [12, "*"]), ("ljust", [6]),
    ("rjust", [6]), ("zfill", [6]), ("isdigit", []), ("isalpha", []), ("isspace", []), ("isupper", []),
    ("islower", []), ("title", []), ("capitalize", []), ("swapcase", []), ("splitlines", []),
    ("splitlines", [True]), ("removeprefix", ["a"]), ("removesuffix", ["c"]), ("isidentifier", []),
    ("expandtabs", [4]), ("startswith", [1]),
]
for v in strs:
    for name, args in METHODS:
        emit("call:" + name, [v] + args, lambda: getattr(v, name)(*args))
for v in [0, 1, -1, 255, 2 ** 64, -2 ** 70, 10 ** 20, 1000000]:
    for name, args in [("bit_length", []), ("bit_count", []), ("to_bytes", [16, "big", ]),
                       ("to_bytes", [16, "little"]), ("as_integer_ratio", []), ("__round__", [-2]),
                       ("__format__", [""]), ("__format__", [","]), ("__format__", ["x"]), ("__format__", ["#b"]),
                       ("__format__", ["08d"]), ("__format__", ["+_"]), ("__format__", [">10"]),
                       ("__format__", [".2f"]), ("__format__", ["e"])]:
        emit("call:" + name, [v] + args, lambda: getattr(v, name)(*args))
for v in floats:
    for name, args in [("is_integer", []), ("as_integer_ratio", []), ("hex", []), ("__round__", []),
                       ("__round__", [2]), ("__round__", [-1]), ("__format__", [".2f"]),
                       ("__format__", ["e"]), ("__format__", [".3g"]), ("__format__", ["g"]),
                       ("__format__", ["10.4"]), ("__format__", [","]), ("__format__", ["%"]),
                       ("__format__", ["+.1e"]), ("__format__", [""]), ("__trunc__", [])]:
        emit("call:" + name, [v] + args, lambda: getattr(v, name)(*args))
for s in ["0x1.8p1", "-0x1p-1074", "1.5", "0x.8", "inf", "0x1p2000", "zz"]:
    emit("call:fromhex", [0.0, s], lambda: float.fromhex(s))
for s in ["0", "-0", "+12", " 42\n", "1_000", "0b101", "0o17", "0x_ff", "010", "00", "1__0", "_1", "1_", "",
          "abc", "12a", "٣", "0x", "9" * 30, "-" + "9" * 25]:
    for base in [10, 0, 16, 2, 36]:
        emit("intbase", [s, base], lambda: int(s, base))
for s in ["1.5", " -2.5e3 ", "1_0.5", "inf", "-Infinity", "nan", "1e", ".5", "5.", "1__0", "0x10", "1d", "",
          "abc", "1e500", "-1e-500", "٣.٥"]:
    emit("float", [s], lambda: float(s))
for v in [[1, 2, 3], [3, 1, 2, 2], [], ["b", "a"], [1, "a"], [2.5, 1, True]]:
    for name, args in [("index", [2]), ("count", [2]), ("pop", []), ("pop", [0]), ("pop", [10]), ("sort", []),
                       ("append", []), ("remove", [5]), ("insert", [1, 9]), ("copy", []), ("reverse", [])]:
        emit("call:" + name, [v] + args, lambda: (lambda l: (getattr(l, name)(*args), l))(list(v)))
