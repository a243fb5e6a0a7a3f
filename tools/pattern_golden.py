#!/usr/bin/env python3
"""CPython's view of match statements: the goldens of pyvm's PatternCompiler tests.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/pattern_golden.py [DIR]     (DIR defaults to testdata/patterns)

  DIR/errors/*.py -> DIR/errors/*.txt        the SyntaxError compile() raises, in the format below. Each input must
                                             parse (ast.parse) and pass the symbol table: its error belongs to the
                                             compiler stage that PatternCompiler implements.
  DIR/random.jsonl                           RANDOM_COUNT random match statements (seeded, so the file is
                                             reproducible), half at module level and half in a function: one JSON
                                             object per line, {"source": ..., "error": null or the error as below}
  DIR/dis/*.py    -> DIR/dis/*.cpython.txt   dis of CPython's code, a reference for reviewing our own goldens
                                             (DIR/dis/*.dis, written by PatternCompilerTest, reviewed by hand); the
                                             instruction sets differ, so these are read, never compared.

Error format (as tools/symtable_golden.py):
  SyntaxError: <msg>
  line <lineno> offset <offset> end <end_lineno> <end_offset>
Offsets are 1-based and, at this stage of CPython, counted in UTF-8 bytes of the line.
"""

import ast
import dis
import io
import json
import os
import random
import symtable
import sys

RANDOM_COUNT = 2000
NAMES = ["a", "b", "c", "d", "e"]
LITERALS = ["1", "-2", "'s'", "b'b'", "1.5", "2j", "1+2j", "x.y", "None", "True", "False", "0", "2"]
KEYS = ["'k'", "1", "x.y", "None", "-1", "'m'", "1.0", "True"]


def random_pattern(r, depth):
    """A random pattern; names repeat and wildcards appear anywhere, so many are (compile-stage) errors."""
    k = r.randrange(4 if depth <= 0 else 11)
    if k == 0:
        return r.choice(NAMES)
    if k == 1:
        return "_"
    if k in (2, 3):
        return r.choice(LITERALS)
    if k in (4, 5):
        n = r.randrange(4)
        star = r.randrange(n + 1) if r.randrange(3) == 0 else -1
        items = []
        for i in range(n + 1):
            if i == star:
                items.append("*_" if r.randrange(2) else "*" + r.choice(NAMES))
            elif i < n:
                items.append(random_pattern(r, depth - 1))
        if r.randrange(3) == 0 and len(items) == 2:
            return "(%s)" % ", ".join(items)
        return "[%s]" % ", ".join(items)
    if k == 6:
        items = ["%s: %s" % (r.choice(KEYS), random_pattern(r, depth - 1)) for _ in range(r.randrange(3))]
        if r.randrange(2):
            items.append("**" + r.choice(NAMES))
        return "{%s}" % ", ".join(items)
    if k == 7:
        items = [random_pattern(r, depth - 1) for _ in range(r.randrange(3))]
        items += ["%s=%s" % (r.choice("pqr"), random_pattern(r, depth - 1)) for _ in range(r.randrange(3))]
        return "%s(%s)" % (r.choice(["C", "m.D"]), ", ".join(items))
    if k in (8, 9):
        return "(%s)" % " | ".join(random_pattern(r, depth - 1) for _ in range(2 + r.randrange(2)))
    return "((%s) as %s)" % (random_pattern(r, depth - 1), r.choice(NAMES))


def random_program(r, in_function):
    lines = ["match s:"]
    for _ in range(1 + r.randrange(4)):
        guard = " if g" if r.randrange(4) == 0 else ""
        lines.append("    case %s%s:" % (random_pattern(r, 3), guard))
        lines.append("        pass")
    if in_function:
        lines = ["def f(s):"] + ["    " + line for line in lines]
    return "\n".join(lines) + "\n"


def error_text(e):
    return "SyntaxError: %s\nline %s offset %s end %s %s\n" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "testdata",
                                                               "patterns")
    if sys.version_info[:2] != (3, 12):
        print("pattern_golden.py needs CPython 3.12", file=sys.stderr)
        return 2
    status = 0
    errors = os.path.join(root, "errors")
    for name in sorted(os.listdir(errors)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(errors, name)
        with open(path, "rb") as f:
            source = f.read()
        try:
            ast.parse(source, name)
            symtable.symtable(source.decode("utf-8"), name, "exec")
        except SyntaxError as e:
            print("%s: rejected before the compiler stage: %s" % (path, e), file=sys.stderr)
            status = 1
            continue
        try:
            compile(source, name, "exec")
        except SyntaxError as e:
            text = error_text(e)
            with open(path[:-3] + ".txt", "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        else:
            print("%s: compiles without error" % path, file=sys.stderr)
            status = 1
    r = random.Random(20240612)
    with open(os.path.join(root, "random.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i in range(RANDOM_COUNT):
            source = random_program(r, i % 2 == 1)
            try:
                compile(source, "random.py", "exec")
                error = None
            except SyntaxError as e:
                error = error_text(e)
            f.write(json.dumps({"source": source, "error": error}) + "\n")
    programs = os.path.join(root, "dis")
    for name in sorted(os.listdir(programs)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(programs, name)
        with open(path, "rb") as f:
            source = f.read()
        out = io.StringIO()
        dis.dis(compile(source, name, "exec"), file=out)
        with open(path[:-3] + ".cpython.txt", "w", encoding="utf-8", newline="\n") as f:
            f.write(out.getvalue())
    return status


if __name__ == "__main__":
    sys.exit(main())
