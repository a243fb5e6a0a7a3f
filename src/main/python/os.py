"""os: operating-system interfaces for pyvm, on the native module posix.

Divergence from CPython: the JVM cannot change the process's working directory, so chdir() changes a directory
that posix keeps and resolves every path against (getcwd() reports it; so do open() and os.path.abspath());
putenv()/os.environ changes are seen by getenv() and os.environ in this process only, not by the JVM itself.
"""

import sys
import posix
from posix import *
import posixpath as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()

sys.modules['os.path'] = path

error = OSError


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        return any('__fspath__' in vars(c) and vars(c)['__fspath__'] is not None for c in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""
    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- stat results

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __module__ = 'os'
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        if len(seq) == 10 and isinstance(seq[7], int) and seq[7] > 10**12:
            ns = seq[7:10]
            secs = tuple(n // 1000000000 for n in ns)
            self = tuple.__new__(cls, seq[:7] + secs)
            self._ns = ns
        else:
            self = tuple.__new__(cls, seq[:10])
            self._ns = tuple(int(x * 1000000000) for x in seq[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])
    st_blksize = property(lambda self: 4096)
    st_blocks = property(lambda self: (self[6] + 511) // 512)

    def __repr__(self):
        fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime',
                  'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self),))


stat_result.__name__ = 'stat_result'
stat_result.__qualname__ = 'stat_result'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(posix.stat(_arg(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.lstat(_arg(path)))


def fstat(fd):
    return stat_result(posix.fstat(fd))


def _arg(p):
    if isinstance(p, (str, bytes, int)):
        return p
    return fspath(p)


def listdir(path=None):
    return posix.listdir(None if path is None else _arg(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    posix.mkdir(_arg(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def rmdir(path, *, dir_fd=None):
    posix.rmdir(_arg(path))


def remove(path, *, dir_fd=None):
    posix.remove(_arg(path))


def unlink(path, *, dir_fd=None):
    posix.unlink(_arg(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    posix.rename(_arg(src), _arg(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    posix.replace(_arg(src), _arg(dst))


def chdir(path):
    posix.chdir(_arg(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return posix.access(_arg(path), mode)


def readlink(path, *, dir_fd=None):
    return posix.readlink(_arg(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    posix.symlink(_arg(src), _arg(dst))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    posix.chmod(_arg(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    posix.utime(_arg(path), times)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return posix.open(_arg(path), flags, mode)


def get_terminal_size(fd=1):
    return terminal_size((int(getenv('COLUMNS', '80')), int(getenv('LINES', '24'))))


class terminal_size(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def getlogin():
    return environ.get('USER') or environ.get('LOGNAME') or 'user'


def umask(mask):
    return 0o022


def getuid():
    return stat('/proc/self').st_uid if path.exists('/proc/self') else 0


geteuid = getuid


def getgid():
    return stat('/proc/self').st_gid if path.exists('/proc/self') else 0


getegid = getgid


def uname():
    return uname_result(('Linux', 'localhost', '', '', 'x86_64'))


class uname_result(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def process_cpu_count():
    return cpu_count()


# ---- scandir

class DirEntry:
    """An entry of scandir(): name, path, and cached is_dir()/is_file()/is_symlink()/stat()."""

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            self.path = path.join(dirpath, name) if dirpath else name
        else:
            self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return (self.stat(follow_symlinks=False).st_mode & 0o170000) == 0o120000
        except OSError:
            return False

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        return cls


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, dirpath):
        arg = '.' if dirpath is None else _arg(dirpath)
        names = posix.listdir(arg)
        base = arg if dirpath is not None else ('.' if not isinstance(arg, bytes) else b'.')
        self._entries = iter([DirEntry(base, n) for n in names])
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            is_dir = entry.is_dir()
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- environment

class _Environ:
    """os.environ: a mapping of the process's environment whose changes call putenv()/unsetenv()."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in reversed(list(self._data)):
            return key, self.pop(key)
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (k, v) for k, v in self._data.items())


environ = _Environ(posix._environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def get_blocking(fd):
    return True


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = [n for n in globals() if not n.startswith('_') and n not in ('sys', 'posix')]
