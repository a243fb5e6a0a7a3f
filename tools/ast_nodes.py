#!/usr/bin/env python3
"""List every node class of CPython's ast module with its ASDL signature and attributes.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/ast_nodes.py > tools/ast-nodes.txt

One line per concrete node class, in the order of Parser/Python.asdl:
    FAMILY CLASS(TYPE FIELD, ...) | ATTRIBUTE,ATTRIBUTE,...
FAMILY is the ASDL type (stmt, expr, arguments ...); for a product type it equals CLASS. Each field reads
"TYPE NAME" with TYPE suffixed "*" for a list, "?" for an optional value; the fields are in _fields order and
the attributes in _attributes order (empty after "|" for unpositioned nodes). Deprecated classes (Num, Str,
Index, AugLoad ...) are left out. AstNodesTest checks the records of org.pyvm.ast against this file.
"""

import ast
import re
import sys


def signature(cls):
    doc = (cls.__doc__ or "").strip()
    if "=" in doc.split("(")[0]:          # a one-constructor sum: "type_ignore = TypeIgnore(...)"
        doc = doc.split("=", 1)[1].strip()
    if doc.startswith("("):               # a product type: "(expr target, ...)"
        doc = cls.__name__ + doc
    if "(" not in doc:                    # no fields: "Pass"
        doc += "()"
    m = re.fullmatch(r"(\w+)\((.*)\)", doc, re.S)
    assert m and m.group(1) == cls.__name__, (cls, doc)
    fields = [f.strip() for f in m.group(2).split(",") if f.strip()]
    names = tuple(f.split()[-1] for f in fields)
    assert names == cls._fields, (cls, names, cls._fields)
    return "%s(%s)" % (cls.__name__, ", ".join(fields))


def deprecated(cls):
    return (cls.__doc__ or "").startswith("Deprecated")


def main():
    print("# CPython %s ast node classes: FAMILY CLASS(TYPE FIELD, ...) | ATTRIBUTES  (tools/ast_nodes.py)"
          % sys.version.split()[0])
    for family in ast.AST.__subclasses__():
        if deprecated(family):
            continue
        classes = [c for c in family.__subclasses__() if not deprecated(c)] or [family]
        for cls in classes:
            print(("%s %s | %s" % (family.__name__, signature(cls), ",".join(cls._attributes))).rstrip())


if __name__ == "__main__":
    main()
