"""posixpath (os.path on pyvm): pathname manipulations for POSIX paths."""

import posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, not '
                            f'{s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or starting with a dot."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b'/', b'.'
    else:
        sep, extsep_ = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep_)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep_:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, empty = b'/', b''
    else:
        sep, empty = '/', ''
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = posix.getcwdb()
        else:
            cwd = posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path, eliminating symbolic links."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isinstance(path, bytes):
        sep, curdir_, pardir_ = b'/', b'.', b'..'
    else:
        sep, curdir_, pardir_ = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir_:
            continue
        if name == pardir_:
            if path:
                path, name = split(path)
                if name == pardir_:
                    path = join(path, pardir_, pardir_)
            else:
                path = pardir_
            continue
        newpath = join(path, name)
        try:
            st = posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st[0] & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                posix.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path."""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expanduser(path):
    """Expand ~ and ~user constructions."""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b'~', b'/'
    else:
        tilde, sep = '~', '/'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get('HOME')
        if userhome is None:
            return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('ascii')
        userhome = None
        try:
            with open('/etc/passwd') as f:
                for line in f:
                    parts = line.rstrip('\n').split(':')
                    if parts[0] == name and len(parts) > 5:
                        userhome = parts[5]
                        break
        except OSError:
            pass
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of form $var and ${var}. Unknown variables are left unchanged."""
    path = _fspath(path)
    import os
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('utf-8', 'surrogateescape')
    else:
        if '$' not in path:
            return path
        text = path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '$' and i + 1 < n:
            if text[i + 1] == '{':
                j = text.find('}', i + 2)
                name = text[i + 2:j] if j >= 0 else None
                if name and all(ch.isalnum() or ch == '_' for ch in name) and name in os.environ:
                    out.append(os.environ[name])
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < n and (text[j].isalnum() or text[j] == '_'):
                    j += 1
                name = text[i + 1:j]
                if name and name in os.environ:
                    out.append(os.environ[name])
                    i = j
                    continue
        out.append(c)
        i += 1
    result = ''.join(out)
    if isinstance(path, bytes):
        return result.encode('utf-8', 'surrogateescape')
    return result


# ---- queries on the file system

def exists(path):
    try:
        posix.stat(_fspath(path) if not isinstance(path, int) else path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        posix.lstat(_fspath(path))
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        if isinstance(path, int):
            return posix.stat(path)[0]
        return posix.stat(_fspath(path), follow)[0]
    except (OSError, ValueError):
        return None


def isfile(path):
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def isdir(s):
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def islink(path):
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def isjunction(path):
    _fspath(path)
    return False


def ismount(path):
    path = _fspath(path)
    return normpath(abspath(path)) in ('/', b'/')


def _stat(path):
    import os
    return os.stat(path)


def getsize(filename):
    return _stat(filename).st_size


def getmtime(filename):
    return _stat(filename).st_mtime


def getatime(filename):
    return _stat(filename).st_atime


def getctime(filename):
    return _stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _stat(f1)
    s2 = _stat(f2)
    return samestat(s1, s2)


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    return samestat(_stat(fp1), _stat(fp2))
