"""linecache: lines of source files, read through the interpreter's own source cache (native _traceback)."""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename, with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename, each ending in a newline, or [] when the file cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    if not filename or (filename.startswith('<') and filename.endswith('>') and filename != '<pyvm-lib>'):
        return []
    lines = []
    n = 1
    while True:
        line = _traceback.source_line(filename, n)
        if line is None:
            break
        lines.append(line + '\n')
        n += 1
    if lines and lines[-1] == '\n' and _traceback.source_line(filename, n) is None:
        lines.pop()
    if not lines:
        return []
    cache[filename] = (None, None, lines, filename)
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
