"""_os: the os functions CPython writes in C (stat, listdir, mkdir, fspath, scandir ...) as thin Python layers
over the native posix module, taking os.PathLike arguments and keyword arguments as CPython's. Its frames stay out of tracebacks
(__pyvm_hide_frames__), as C functions' do.
"""

__pyvm_hide_frames__ = True  # a stand-in for a C module: frames stay out of tracebacks

import posix
import posixpath as _pp


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


PathLike.__module__ = 'os'


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


# ---- scandir

class DirEntry:
    """An entry of scandir(): name, path, and cached is_dir()/is_file()/is_symlink()/stat()."""

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            self.path = _pp.join(dirpath, name) if dirpath else name
        else:
            self.path = _pp.join(dirpath, name)
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


