#!/usr/bin/env python3
"""Write CPython 3.12's dir() of int, float, complex and bool, for NumberDirTest.

Usage:  PYENV_VERSION=3.12.1 python3.12 tools/number_dirs.py > testdata/objects/number_dirs.txt

One line per type: the type name, a tab, then the names of dir(type) separated by spaces.
"""

for t in (int, float, complex, bool):
    print(t.__name__ + "\t" + " ".join(dir(t)))
