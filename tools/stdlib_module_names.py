"""Writes src/main/resources/pyvm/stdlib_module_names.txt: CPython 3.12's sys.stdlib_module_names, one per line
(pyvm's sys.stdlib_module_names, and the "Did you forget to import 'x'" hint of NameError tracebacks).
Run with CPython 3.12: python3.12 tools/stdlib_module_names.py ROOT"""
import os
import sys

with open(os.path.join(sys.argv[1], "src/main/resources/pyvm/stdlib_module_names.txt"), "w") as f:
    f.write("\n".join(sorted(sys.stdlib_module_names)) + "\n")
