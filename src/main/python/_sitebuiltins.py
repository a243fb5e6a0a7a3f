"""The builtins CPython's site module adds for interactive use: exit, quit, copyright, credits, license, help.
pyvm installs them at start-up (Runtime.init), as CPython's site does."""

import sys


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


class _Helper:
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args, **kwds):
        if not args:
            print("pyvm has no interactive help; help(object) shows an object's documentation.")
            return
        obj = args[0]
        doc = getattr(obj, "__doc__", None)
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or type(obj).__name__
        print(f"Help on {type(obj).__name__} {name}:\n")
        print(doc if doc else "(no documentation)")


def install(builtins):
    builtins.exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
    builtins.quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
    builtins.copyright = _Printer("copyright", "Copyright (c) the pyvm authors.")
    builtins.credits = _Printer("credits", "pyvm: Python 3.12 for the JVM, written by the pyvm team.")
    builtins.license = _Printer("license", "See the pyvm project's LICENSE file.")
    builtins.help = _Helper()
