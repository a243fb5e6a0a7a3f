#!/usr/bin/env python3
"""Write the expected repr() of a few thousand doubles, for FloatReprTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/float_repr_data.py > testdata/floatrepr/floats.txt

Each line: the IEEE 754 bits as 16 lowercase hex digits, a space, CPython's repr of that double.
Fixed seed, so the file is reproducible. Covers: specials and signed zeros, subnormals and the normal/subnormal
border, powers of two and ten and their neighbours, the positional/exponent switch (1e-5, 1e16), exact ties between
two shortest candidates (2**k + 0.25), integers around 2**53, short decimals, and random bit patterns, random
values in [0, 1) and random magnitudes.
"""

import math
import random
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def values():
    rnd = random.Random(20240612)
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e+308, -1.7976931348623157e+308, 0.1, 0.2, 0.3, 1 / 3,
           2 / 3, 0.1 + 0.2, 1e23, 9007199254740993.0, 2.0 ** 53, 2.0 ** 53 + 2, 123456789012345678.0,
           1e-4, 1e-5, 9.999999999999999e-05, 0.00010000000000000002, 1e15, 1e16, 9999999999999998.0,
           1e16 + 2, 1.5e300, 1e-07, 123.456, 100.0, 1.0, -1.0, 0.5, 2.5, 1e22, 5e-310, 4.9406564584124654e-324]
    for e in range(-1074, 1024):
        p = 2.0 ** e
        out += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for e in range(-325, 309):
        try:
            p = float("1e%d" % e)
        except OverflowError:
            continue
        out += [p, math.nextafter(p, 0), math.nextafter(p, math.inf), float("5e%d" % e)]
    for k in range(30, 53):
        out += [2.0 ** k + 0.25, 2.0 ** k + 0.75, 2.0 ** k + 0.5]
    for i in range(300):
        out.append(float("%d.%d" % (rnd.randrange(10 ** rnd.randrange(1, 8)), rnd.randrange(10 ** rnd.randrange(1, 6)))))
    for i in range(1200):
        out.append(from_bits(rnd.getrandbits(64)))
    for i in range(400):
        out.append(rnd.random())
    for i in range(400):
        out.append(rnd.random() * 10.0 ** rnd.randrange(-30, 30))
    for i in range(200):
        out.append(float(rnd.getrandbits(rnd.randrange(1, 70))))
    return out


def main():
    seen = set()
    for x in values():
        b = bits(x)
        if math.isnan(x):
            b = 0x7ff8000000000000
        if b in seen:
            continue
        seen.add(b)
        print("%016x %s" % (b, repr(x)))


if __name__ == "__main__":
    main()
