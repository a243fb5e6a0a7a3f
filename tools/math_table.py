#!/usr/bin/env python3
"""Write CPython 3.12's results for the math module's functions, for MathTableTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/math_table.py > testdata/modules/math_table.txt

One case per line, tab-separated: a function name, its operands, then the expected outcome, with the operand and
outcome encoding of tools/objects_table.py (i: int, f: IEEE bits in hex, s: UTF-8 hex, t:/l: tuple/list, n: None).
A name `NAME@kw` passes the last operand as the keyword argument kw.
Lines whose function name starts with `~` are approximate functions (libm-dependent in CPython): the test counts
their mismatches and reports the rate instead of failing.
Fixed seed: reproducible.
"""

import math
import random
import struct



def enc(v):
    """tools/objects_table.py's operand encoding."""
    if v is None:
        return "n:None"
    if isinstance(v, bool):
        return "b:" + repr(v)
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + v.encode("utf-8").hex()
    if isinstance(v, tuple):
        return "t:" + ",".join(enc(x) for x in v)
    if isinstance(v, list):
        return "l:" + ",".join(enc(x) for x in v)
    raise TypeError(v)


def outcome(fn):
    try:
        r = repr(fn())
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e).replace("\\", "\\\\").replace("\n", "\\n")
    return "=" + r.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")

rnd = random.Random(31337)

APPROX = {"acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
          "expm1", "log1p", "sin", "sinh", "tan", "tanh", "gamma", "lgamma", "atan2", "pow", "log", "log2", "log10"}


def emit(name, args, kw=None):
    f = getattr(math, name.split("@")[0])
    if kw is None:
        out = outcome(lambda: f(*args))
    else:
        out = outcome(lambda: f(*args[:-1], **{kw: args[-1]}))
    op = ("~" if name in APPROX else "") + name
    print("\t".join([op] + [enc(a) for a in args] + [out]))


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e-300, 1e300, 3.0, 10.0,
           0.1, 710.0, -745.5, 1e16, 2 ** 53 + 1.0, 171.5, 172.0, -171.5, 0.99999999, 1.00000001, math.pi, math.e]
INTS = [0, 1, -1, 2, 7, -7, 10, 100, 2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30,
        -(10 ** 30), 2 ** 1023, 2 ** 1024, 10 ** 400, -(10 ** 400), True, False]
BAD = ["x", None, [1.0], (1,)]


def rfloat():
    k = rnd.random()
    if k < 0.3:
        return rnd.uniform(-10, 10)
    if k < 0.5:
        return rnd.uniform(-1.2, 1.2)
    if k < 0.7:
        return rnd.uniform(0, 1000)
    if k < 0.8:
        return struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    if k < 0.9:
        return rnd.choice([-1, 1]) * 10.0 ** rnd.uniform(-320, 308)
    return float(rnd.randint(-200, 200)) / rnd.choice([1, 2, 4, 8])


def rint():
    k = rnd.random()
    if k < 0.4:
        return rnd.randint(-100, 100)
    if k < 0.7:
        return rnd.randint(-10 ** 6, 10 ** 6)
    return rnd.randint(-(2 ** 200), 2 ** 200)


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma", "log",
         "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp"]
BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "log", "nextafter", "ldexp"]

for name in UNARY:
    for x in SPECIAL + INTS + BAD:
        emit(name, [x])
    for _ in range(150):
        emit(name, [rfloat()])
for name in BINARY:
    pool = SPECIAL + [3, -3, 0, 2 ** 70]
    for x in pool:
        for y in pool:
            if rnd.random() < 0.25:
                emit(name, [x, y])
    for _ in range(300):
        if name == "ldexp":
            emit(name, [rfloat(), rnd.randint(-1200, 1200)])
        else:
            emit(name, [rfloat(), rfloat()])
    emit(name, ["x", 1.0])
    emit(name, [1.0, "x"])
    emit(name, [1.0])
for e in [0, 1, -1, 1023, 1024, -1074, -1075, -1076, 2 ** 70, -(2 ** 70)]:
    for x in [1.0, 0.75, 1.5, 3.0, -1.0, 5e-324, 1.7976931348623157e308, 0.0, math.inf, math.nan]:
        emit("ldexp", [x, e])
emit("ldexp", [1.0, 1.5])
for _ in range(300):
    emit("ldexp", [rfloat(), rnd.randint(-2200, 2200)])
for _ in range(200):
    x = rfloat()
    emit("nextafter@steps", [x, rfloat(), rnd.choice([0, 1, 2, 10, 1000, 2 ** 64])], "steps")
emit("nextafter@steps", [1.0, 2.0, -1], "steps")
emit("nextafter@steps", [1.0, 2.0, 1.5], "steps")
emit("nextafter@steps", [math.nan, 2.0, 3], "steps")
emit("nextafter@steps", [0.0, -1.0, 2], "steps")
emit("nextafter@steps", [-0.0, 1.0, 2], "steps")

# integer functions
for name in ["factorial", "isqrt"]:
    for x in [0, 1, 2, 5, 20, 21, 100, 170, 171, -1, -(10 ** 30), 10 ** 40, 2 ** 64, True, 3.0, "x", None]:
        emit(name, [x])
    for _ in range(100):
        emit(name, [rnd.randint(0, 300) if name == "factorial" else rint()])
for _ in range(300):
    n = rnd.choice([rnd.randint(-3, 60), rnd.randint(0, 400), rnd.randint(2 ** 64, 2 ** 70)])
    k = rnd.choice([rnd.randint(-3, 60), rnd.randint(0, 40)])
    emit("comb", [n, k])
    emit("perm", [n, k])
emit("perm", [5])
emit("perm", [5, None])
emit("comb", [5.0, 2])
emit("comb", [5, "2"])
emit("comb", [10 ** 30, 10 ** 30 - 2])
for _ in range(300):
    args = [rint() for _ in range(rnd.randint(0, 5))]
    emit("gcd", args)
    emit("lcm", args)
emit("gcd", [2.0, 4])
emit("lcm", [2, "4"])

# sums, products, norms
for _ in range(400):
    n = rnd.randint(0, 12)
    k = rnd.random()
    if k < 0.3:
        xs = [rfloat() for _ in range(n)]
    elif k < 0.6:
        xs = [rnd.choice([1e100, -1e100, 1.0, -1.0, 1e-100, 0.1, 2.0 ** -60, 3.0]) for _ in range(n)]
    else:
        xs = [rnd.choice([rfloat(), rint() % 1000, 1e16, -1e16, 1.0]) for _ in range(n)]
    emit("fsum", [xs])
    emit("hypot", xs[:6])
    emit("prod", [xs])
    ys = [rfloat() for _ in range(len(xs))]
    emit("dist", [tuple(xs), tuple(ys)])
    emit("sumprod", [xs, ys])
for xs in [[math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [1e308, 1e308], [1e308, 1e308, -1e308],
           [1e308, -1e308, 1e308], [math.inf, math.nan], ["x"], [1, 2, 3], [0.1] * 10, [1e16, 1.0, 1e-16],
           [-0.0], [-0.0, -0.0], [2.0 ** 1023, 2.0 ** 1023, -2.0 ** 1023]]:
    emit("fsum", [xs])
    emit("hypot", xs)
for args in [[(1, 2), (1, 2, 3)], [[1.0], (2.0,)], [(1,), "x"], [(math.inf,), (math.nan,)], [(), ()]]:
    emit("dist", args)
for args in [[[1, 2], [3, 4]], [[1, 2], [3]], [[1, 2.5], [3, 4]], [[], []], [[True, 2], [3, 4]],
             [[10 ** 30, 1], [10 ** 30, 2]], [[1e308, 1e308], [10.0, -10.0]], [["a"], [2]]]:
    emit("sumprod", args)
for _ in range(200):
    n = rnd.randint(0, 6)
    emit("sumprod", [[rint() for _ in range(n)], [rint() for _ in range(n)]])
emit("prod@start", [[1, 2, 3], 2.5], "start")
emit("prod", [[]])
emit("prod", [["a", 2]])
emit("prod", [[2, "a"]])

# isclose
for _ in range(200):
    a = rfloat()
    b = a + rnd.choice([0, 1e-12, 1e-9, 1e-6, 1.0]) * a
    emit("isclose", [a, b])
emit("isclose@rel_tol", [1.0, 1.1, 0.2], "rel_tol")
emit("isclose@abs_tol", [1.0, 1.1, 0.2], "abs_tol")
emit("isclose@abs_tol", [1.0, 1.1, -0.2], "abs_tol")
emit("isclose@rel_tol", [1.0, 1.1, -0.2], "rel_tol")
for a, b in [(math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (0.0, -0.0), (0.0, 1e-300),
             ("x", 1.0)]:
    emit("isclose", [a, b])

# log with huge ints and bases
for x in [10 ** 400, 2 ** 2000, 2 ** 1023, 10 ** 308, 3 ** 1000, 0, -5, 1, 7]:
    for name in ["log", "log2", "log10"]:
        emit(name, [x])
    emit("log", [x, 10 ** 500])
    emit("log", [x, 2])
emit("log", [10.0, 1.0])
emit("log", [10.0, 0.0])
emit("log", [10.0, -2.0])
