"""Writes testdata/vm/caret_anchors.txt: code segments with the caret anchors CPython 3.12's traceback module
finds for them (traceback._extract_caret_anchors_from_line_segment), for CaretAnchorsTest.

Segments are the source text of single-line expression nodes of some standard-library modules (the spans a
traceback entry shows), plus hand-picked edge cases. Each line: the segment with backslash, tab and newline
escaped, a tab, then "left right" or "-" when CPython finds no anchors.
Run with CPython 3.12: python3.12 tools/caret_anchors.py ROOT
"""
import ast
import os
import sys
import traceback

MODULES = ["argparse", "fractions", "textwrap", "ast", "decimal", "_pydecimal", "statistics", "colorsys",
           "random", "json/encoder", "base64", "datetime", "heapq", "string", "calendar"]
EXTRA = ["1 + 'a'", "x // 0", "d['k']", "(a + b) * c", "a*(b+c)", "f(x)[0]", "a.b[c][d]", "x ** -y", "-x + y",
         "a if b else c", "a < b + c", "not x", "lambda: 1", "x[1:2]", "(x)[0]", "a   +   b", "a+b", "a //b",
         "'+'+b", "f'{a+b}' + c", "x[(1)]", "[1][0]", "{}['missing']", "1/0", "a @ b", "a << b >> c",
         "a | b & c ^ d", "(1, 2) + x", "(yield) + 1", "x[y] = 3", "x + y  # c", "b'a' * 2", "a[b] + c[d]",
         "obj.attr[key]", "f(a)(b) - g", "x -y", "10 % (2 - 2)", "((a)) + b", "a + (b)", "a + ((b))"]


def segments(path):
    src = open(path, encoding="utf-8").read()
    lines = src.splitlines()
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr) or node.lineno != node.end_lineno:
            continue
        line = lines[node.lineno - 1]
        b = line.encode("utf-8")
        yield b[node.col_offset:node.end_col_offset].decode("utf-8", "replace")


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    root = sys.argv[1]
    lib = os.path.dirname(os.__file__)
    seen = set()
    out = []
    for m in MODULES:
        for seg in segments(os.path.join(lib, m + ".py")):
            if seg in seen or "\t" in seg:
                continue
            seen.add(seg)
            out.append(seg)
    out = [s for s in out if any(op in s for op in "+-*/%@&|^<>[")][:4000] + EXTRA
    with open(os.path.join(root, "testdata/vm/caret_anchors.txt"), "w", encoding="utf-8") as f:
        for seg in out:
            a = traceback._extract_caret_anchors_from_line_segment(seg)
            f.write(escape(seg) + "\t" + ("-" if a is None else f"{a.left_end_offset} {a.right_start_offset}") + "\n")


if __name__ == "__main__":
    main()
