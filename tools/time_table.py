#!/usr/bin/env python3
"""Write CPython 3.12's deterministic time-module results (UTC only), for TimeTableTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/time_table.py > testdata/modules/time_table.txt

One case per line, tab-separated: a call, its operands and `=` repr(result) or `!` Type: message, with the operand
encoding of tools/objects_table.py. `gmtime` takes seconds; `strftime`/`asctime`/`calendar` take the 9 fields of a
struct_time (from gmtime, so tm_zone is 'UTC'); `strptime` takes a string and a format.
Fixed seed: reproducible.
"""

import random
import struct
import time

rnd = random.Random(2024)


def enc(v):
    if isinstance(v, bool):
        return "b:" + repr(v)
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + v.encode("utf-8").hex()
    raise TypeError(v)


def outcome(fn):
    try:
        r = fn()
        if isinstance(r, time.struct_time):
            r = (r, r.tm_zone, r.tm_gmtoff)
        r = repr(r)
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e).replace("\\", "\\\\").replace("\n", "\\n")
    return "=" + r.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def emit(op, args, fn):
    print("\t".join([op] + [enc(a) for a in args] + [outcome(fn)]))


SECS = [0, 1, -1, 86399, 86400, 951782400, 951868800, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1700000000,
        253402300799, -62135596800, 1.5, -1.5, 0.999, 1e10, float("nan"), float("inf"), 10 ** 20]
SECS += [rnd.randint(-(10 ** 10), 10 ** 11) for _ in range(300)]
for s in SECS:
    emit("gmtime", [s], lambda: time.gmtime(s))

FORMATS = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%c", "%x %X", "%j %U %W %w %u", "%y %C %e %D %F %T %R",
           "%I:%M %p", "%G-W%V-%u %g", "%% %n %t", "%Z %z", "%H%M%S%Y", "plain text", ""]
for s in SECS[:12] + SECS[20:120]:
    if isinstance(s, float):
        continue
    t = time.gmtime(s)
    for f in FORMATS:
        emit("strftime", [f] + list(t), lambda: time.strftime(f, t))
    emit("asctime", list(t), lambda: time.asctime(t))

for args in [("2024-02-29 13:45:01", "%Y-%m-%d %H:%M:%S"), ("29 Feb 2024", "%d %b %Y"), ("Thursday 1 January 1970",
             "%A %d %B %Y"), ("12:30 PM", "%I:%M %p"), ("12:30 AM", "%I:%M %p"), ("99", "%y"), ("68", "%y"),
             ("2023-13-01", "%Y-%m-%d"), ("2023-02-30", "%Y-%m-%d"), ("2023 100", "%Y %j"), ("abc", "%Y"),
             ("2023-01-01 extra", "%Y-%m-%d"), ("Mon Jan  2 03:04:05 2006", "%a %b %d %H:%M:%S %Y"),
             ("1/2/2003", "%m/%d/%Y"), ("2020-01-01T00:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"),
             ("20200101", "%Y%m%d"), ("100%", "%d%%")]:
    emit("strptime", list(args), lambda: time.strptime(*args))
