#!/usr/bin/env python3
"""Dump CPython's AST of Python source files as JSON: the goldens pyvm's AstJson must reproduce.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/ast_json.py [-o OUTDIR] PATH...

  PATH a file  -> OUTDIR/<name>.json           (without -o: the JSON on stdout, one line per file)
  PATH a dir D -> OUTDIR/<rel>/<name>.json for every D/<rel>/<name>.py (walked in sorted order; needs -o)

Each file is read as bytes and parsed with ast.parse, so BOMs and PEP 263 coding lines work exactly as in
CPython. A file that fails to parse is reported on stderr in CPython's format
(traceback.format_exception_only) and skipped; the exit status is then 1.

JSON convention (AstJson in org.pyvm.ast writes the same bytes):
  node      {"_type": ClassName, <each field of _fields, in order>, <each of _attributes, in order>}
            absent optional field -> null, empty list -> []; contexts and operators are nodes: {"_type":"Load"}
  Constant.value (and MatchSingleton.value)
            str -> string, True/False -> true/false, None -> null,
            int -> {"int": "<decimal>"}, float -> {"float": "<repr>"} (1e999 -> "inf"),
            complex -> {"complex": ["<repr of real>", "<repr of imag>"]}, bytes -> {"bytes": "<lowercase hex>"},
            Ellipsis -> {"ellipsis": true}
  other ints (conversion, level, simple, is_async, lineno ...) -> JSON numbers; identifiers -> strings
  Output is json.dumps(obj, ensure_ascii=True, separators=(',', ':')) plus a newline: pure ASCII, non-ASCII
  characters (lone surrogates too) as lowercase \\uXXXX escapes.

Correction of CPython 3.12.1 (gh-110309): inside a format spec, 3.12.1 emits Constant nodes whose value is ''.
They appear (a) zero-width at the end of a spec that ends with a replacement field or a \\N{...} escape
(f'{x:{y}}', f'{x:a{y}}', f'{x:{y:{z}}}' at both levels, f'{x:\\N{BULLET}}') and (b) for a literal part of a
spec that decodes to nothing, e.g. a backslash-newline before a nested field (f'{x:\\<newline>{y}}').
CPython 3.13 emits none of them. This dumper removes every Constant with value '' from the `values` of a
JoinedStr that is the format_spec of a FormattedValue (at any depth), and nothing else. An empty spec
f'{x:}' is JoinedStr(values=[]) in 3.12.1 and 3.13 alike, so it is kept as it is.
Not corrected (3.12.1 behaviour kept): in a format spec, literal text after a \\N{...} escape starts a new
Constant (f'{x:a\\N{BULLET}b{y}}' gives Constant('a\\u2022'), Constant('b'), FormattedValue).
"""

import argparse
import ast
import json
import os
import sys
import threading
import traceback


def constant(value):
    """The JSON form of a Constant's value."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": [repr(value.real), repr(value.imag)]}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if value is Ellipsis:
        return {"ellipsis": True}
    raise TypeError("unexpected constant %r" % (value,))


def without_empty_constants(spec):
    """gh-110309: drop the spurious Constant('') nodes of a format spec (see the module doc)."""
    if isinstance(spec, ast.JoinedStr):
        spec.values = [v for v in spec.values
                       if not (isinstance(v, ast.Constant) and v.value == '')]
    return spec


def to_json(node):
    """The JSON object of one AST node (recursively)."""
    out = {"_type": type(node).__name__}
    is_constant = isinstance(node, (ast.Constant, ast.MatchSingleton))
    for name in node._fields:
        value = getattr(node, name, None)
        if is_constant and name == "value":
            out[name] = constant(value)
            continue
        if isinstance(node, ast.FormattedValue) and name == "format_spec":
            value = without_empty_constants(value)
        out[name] = field(value)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def field(value):
    if isinstance(value, ast.AST):
        return to_json(value)
    if isinstance(value, list):
        return [field(v) for v in value]
    return value  # identifier, int, or None


def dump(path):
    """The JSON text (with final newline) of one file, or None after reporting a parse failure."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError) as e:
        sys.stderr.write("".join(traceback.format_exception_only(type(e), e)))
        return None
    return json.dumps(to_json(tree), ensure_ascii=True, separators=(",", ":")) + "\n"


def write(text, dest):
    os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
    with open(dest, "w", encoding="ascii", newline="\n") as f:
        f.write(text)


def main(argv):
    parser = argparse.ArgumentParser(description="Dump CPython's AST of Python files as JSON.")
    parser.add_argument("-o", dest="outdir", help="output directory (needed for a directory argument)")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    args = parser.parse_args(argv)
    failed = False
    for path in args.paths:
        if os.path.isdir(path):
            if args.outdir is None:
                parser.error("a directory argument needs -o OUTDIR")
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if not name.endswith(".py"):
                        continue
                    src = os.path.join(root, name)
                    text = dump(src)
                    if text is None:
                        failed = True
                        continue
                    rel = os.path.relpath(src, path)
                    write(text, os.path.join(args.outdir, rel[:-3] + ".json"))
        else:
            text = dump(path)
            if text is None:
                failed = True
            elif args.outdir is None:
                sys.stdout.write(text)
            else:
                base = os.path.basename(path)
                if base.endswith(".py"):
                    base = base[:-3]
                write(text, os.path.join(args.outdir, base + ".json"))
    return 1 if failed else 0


if __name__ == "__main__":
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)  # huge int literals are still dumped in decimal
    # Deeply nested sources recurse deeply: run on a thread with a big stack.
    sys.setrecursionlimit(100000)
    threading.stack_size(512 * 1024 * 1024)
    status = []
    worker = threading.Thread(target=lambda: status.append(main(sys.argv[1:])))
    worker.start()
    worker.join()
    sys.exit(status[0] if status else 2)
