#!/usr/bin/env python3
"""Dump CPython's symbol tables and scope errors: the goldens of pyvm's SymbolTable tests.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/symtable_golden.py [DIR]      (DIR defaults to testdata/symtable)

  DIR/*.py         -> DIR/*.txt         every scope of CPython's symtable, in the format below
  DIR/errors/*.py  -> DIR/errors/*.txt  the SyntaxError compile() raises: message and position

Scope format (SymbolTable.dump in org.pyvm.compiler prints the same bytes), one scope per line, pre-order,
children indented two more spaces than their parent:
  <type> <name> line <lineno>[ nested][ params=<p1>,<p2>...]
    <symbol> <SCOPE> <FLAG>|<FLAG>...        one line per symbol, sorted by name (CPython's own order depends
                                             on string hashes for free names passed through a scope)
type is the _symtable block type as the symtable module names it (function, class, module, annotation,
TypeVar bound, type alias, type parameters); SCOPE is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL;
flags are the raw DEF_* bits by name, lowest bit first ('-' when none).

Error format:
  SyntaxError: <msg>
  line <lineno> offset <offset> end <end_lineno> <end_offset>     (None where CPython has None)
Offsets are CPython's, 1-based; for errors of the symtable and compiler stages CPython counts them in UTF-8
bytes of the line.
"""

import _symtable
import os
import sys

TYPES = {0: "function", 1: "class", 2: "module", 3: "annotation", 4: "TypeVar bound", 5: "type alias",
         6: "type parameters"}
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
         "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL"]
SCOPE_OFF = 12


def dump(ste, indent, out):
    line = "%s%s %s line %d" % (" " * indent, TYPES[ste.type], ste.name, ste.lineno)
    if ste.nested:
        line += " nested"
    if ste.varnames:
        line += " params=" + ",".join(ste.varnames)
    out.append(line)
    for name in sorted(ste.symbols):
        v = ste.symbols[name]
        flags = [FLAGS[i] for i in range(len(FLAGS)) if v & (1 << i)]
        out.append("%s  %s %s %s" % (" " * indent, name, SCOPES.get(v >> SCOPE_OFF, "?%d" % (v >> SCOPE_OFF)),
                                     "|".join(flags) or "-"))
    for child in ste.children:
        dump(child, indent + 2, out)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "testdata",
                                                               "symtable")
    status = 0
    for name in sorted(os.listdir(root)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            source = f.read()
        out = []
        dump(_symtable.symtable(source, name, "exec"), 0, out)
        with open(path[:-3] + ".txt", "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(out) + "\n")
    errors = os.path.join(root, "errors")
    for name in sorted(os.listdir(errors)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(errors, name)
        with open(path, "rb") as f:
            source = f.read()
        try:
            compile(source, name, "exec")
        except SyntaxError as e:
            text = "SyntaxError: %s\nline %s offset %s end %s %s\n" % (e.msg, e.lineno, e.offset, e.end_lineno,
                                                                     e.end_offset)
            with open(path[:-3] + ".txt", "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        else:
            print("%s: compiles without error" % path, file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
