"""_io: pyvm's I/O stack, written in Python over the native module posix (file descriptors).

The classes and their CPython names: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BufferedReader,
BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO, and open().

Divergences from CPython: the Buffered* classes read ahead as CPython's do but pass writes straight to the raw file
(no write buffer, so data written is visible to other readers at once, and nothing is lost if a file is never
closed); a TextIOWrapper opened for reading decodes the rest of
the file at its first read, so tell() cookies are plain byte offsets and a decoder never sees a partial sequence.
sys.stdin/stdout/stderr are pyvm's own stream type (_io.TextIOWrapper by name), not instances of this class;
isinstance() accepts them for TextIOWrapper, TextIOBase and IOBase (through the metaclass _IOMeta, so
type(io.TextIOWrapper) is _io._IOMeta, not type).
"""

__pyvm_hide_frames__ = True  # a stand-in for a C module: frames stay out of tracebacks

import posix
import sys as _sys

_STD_STREAM_TYPE = type(_sys.__stdout__)

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _closed_error(msg="I/O operation on closed file."):
    return ValueError(msg)


def _check_size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        try:
            size = size.__index__()
        except AttributeError:
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__) from None
    return size


class _IOMeta(type):
    """Lets sys.stdin/stdout/stderr (pyvm's native stream type, named _io.TextIOWrapper) pass isinstance() checks
    against TextIOWrapper, _TextIOBase and _IOBase."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        return cls.__name__ in ('TextIOWrapper', '_TextIOBase', '_IOBase') and cls.__module__ == '_io' \
            and type(obj) is _STD_STREAM_TYPE


class _IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""

    _closed_flag = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error(msg or "I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    def flush(self):
        self._checkClosed()

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        size = _check_size(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def readlines(self, hint=None):
        hint = _check_size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _check_size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)


class _BufferedIOBase(_IOBase):
    """Base class for buffered binary I/O."""

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def detach(self):
        raise UnsupportedOperation("detach")


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    encoding = None
    errors = None
    newlines = None

    def detach(self):
        raise UnsupportedOperation("detach")


for _c in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _c.__module__ = '_io'


# ---------------------------------------------------------------------------------------------------- FileIO

class FileIO(_RawIOBase):
    """Raw I/O on an operating-system file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            fd = -1
            if not isinstance(file, (str, bytes)):
                file = _fspath(file)
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if (not set(mode) <= set('xrwab+') or sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1
                or len(set(mode)) != len(mode)):
            if set(mode) <= set('xrwab+'):
                raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
            raise ValueError('invalid mode: %s' % (mode,))
        self._created = 'x' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if 'x' in mode:
            flags = posix.O_EXCL | posix.O_CREAT
        elif 'r' in mode:
            flags = 0
        elif 'w' in mode:
            flags = posix.O_CREAT | posix.O_TRUNC
        else:
            flags = posix.O_APPEND | posix.O_CREAT
        if '+' in mode:
            flags |= posix.O_RDWR
        elif self._readable:
            flags |= posix.O_RDONLY
        else:
            flags |= posix.O_WRONLY
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                posix.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self._closefd)

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def _checkClosed(self, msg=None):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def isatty(self):
        self._checkClosed()
        return posix.isatty(self._fd)

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        size = _check_size(size)
        if size < 0:
            return self.readall()
        return posix.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        self._checkReadable()
        chunks = []
        while True:
            data = posix.read(self._fd, 1 << 20)
            if not data:
                break
            chunks.append(data)
        return b''.join(chunks)

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        data = posix.read(self._fd, len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        return posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                if self._closefd:
                    posix.close(self._fd)
            finally:
                self._fd = -1

    def flush(self):
        self._checkClosed()


FileIO.__module__ = '_io'


def _fspath(p):
    t = type(p)
    f = getattr(t, '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s' % (t.__name__, type(r).__name__))
    return r


# ---------------------------------------------------------------------------------------------------- Buffered*

class _BufferedBase(_BufferedIOBase):
    _kind = 'Buffered'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._detached = False
        self._rbuf = b''
        self._rpos = 0

    @property
    def raw(self):
        self._checkAttached()
        return self._raw

    def _checkAttached(self):
        if self._detached:
            raise ValueError('raw stream has been detached')

    @property
    def closed(self):
        self._checkAttached()
        return self._raw.closed

    @property
    def name(self):
        self._checkAttached()
        return self._raw.name

    @property
    def mode(self):
        self._checkAttached()
        return self._raw.mode

    def __repr__(self):
        cls = type(self)
        modname = cls.__module__
        try:
            name = self.name
        except AttributeError:
            return '<%s.%s>' % (modname, cls.__qualname__)
        except ValueError:
            return '<%s.%s>' % (modname, cls.__qualname__)
        return '<%s.%s name=%r>' % (modname, cls.__qualname__, name)

    def fileno(self):
        self._checkAttached()
        return self._raw.fileno()

    def isatty(self):
        self._checkAttached()
        return self._raw.isatty()

    def readable(self):
        self._checkAttached()
        return self._raw.readable() and self._can_read

    def writable(self):
        self._checkAttached()
        return self._raw.writable() and self._can_write

    def seekable(self):
        self._checkAttached()
        return self._raw.seekable()

    # The read-ahead buffer: _rbuf[_rpos:] holds bytes read from raw but not yet returned, so the raw position is
    # ahead of this object's by _avail(). Writes, seeks and truncation first give those bytes back.

    def _avail(self):
        return len(self._rbuf) - self._rpos

    def _drop_read_ahead(self):
        n = self._avail()
        if n:
            self._raw.seek(-n, 1)
        self._rbuf = b''
        self._rpos = 0

    def seek(self, pos, whence=0):
        self._checkAttached()
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        self._checkClosed()
        if whence == 1:
            pos = self.tell() + pos
            whence = 0
        self._rbuf = b''
        self._rpos = 0
        return self._raw.seek(pos, whence)

    def tell(self):
        self._checkAttached()
        self._checkClosed()
        return self._raw.tell() - self._avail()

    def truncate(self, pos=None):
        self._checkAttached()
        self._checkClosed()
        if not self._can_write:
            raise UnsupportedOperation('truncate')
        self._drop_read_ahead()
        return self._raw.truncate(pos)

    def flush(self):
        self._checkAttached()
        if self.closed:
            raise ValueError('flush of closed file')

    def close(self):
        self._checkAttached()
        if self._raw.closed:
            return
        try:
            if self._can_write:
                self.flush()
        finally:
            self._raw.close()

    def detach(self):
        self._checkAttached()
        self.flush()
        self._drop_read_ahead()
        raw = self._raw
        self._detached = True
        return raw

    def _check_readable(self, what):
        self._checkAttached()
        if not self._can_read:
            raise UnsupportedOperation(what)
        if self.closed:
            raise ValueError(what + ' of closed file')

    def _fill(self, want):
        """Reads from raw until want bytes are available (or end of file); returns whether any were added."""
        added = False
        while self._avail() < want:
            chunk = self._raw.read(max(self.buffer_size, want - self._avail()))
            if not chunk:
                break
            self._rbuf = self._rbuf[self._rpos:] + chunk
            self._rpos = 0
            added = True
        return added

    def read(self, size=-1):
        self._check_readable('read')
        size = _check_size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        if size < 0:
            data = self._rbuf[self._rpos:] + self._raw.readall()
            self._rbuf = b''
            self._rpos = 0
            return data
        self._fill(size)
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._check_readable('read1')
        size = _check_size(size)
        if size < 0:
            size = self.buffer_size
        if not self._avail():
            self._fill(1)
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_readable('peek')
        if not self._avail():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_readable('readline')
        size = _check_size(size)
        start = self._rpos
        while True:
            i = self._rbuf.find(b'\n', start)
            if i >= 0:
                end = i + 1
                break
            if size >= 0 and self._avail() >= size:
                end = len(self._rbuf)
                break
            start = len(self._rbuf)
            base = self._rpos
            if not self._fill(self._avail() + 1):
                end = len(self._rbuf)
                break
            start -= base
        if size >= 0:
            end = min(end, self._rpos + size)
        data = self._rbuf[self._rpos:end]
        self._rpos = end
        return data

    def write(self, b):
        self._checkAttached()
        if not self._can_write:
            raise UnsupportedOperation('write')
        if self.closed:
            raise ValueError('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_read_ahead()
        return self._raw.write(b)


def _buffered_class(name, doc, can_read, can_write):
    ns = {k: v for k, v in vars(_BufferedBase).items() if k not in ('__dict__', '__weakref__')}
    ns.update(__doc__=doc, _can_read=can_read, _can_write=can_write, __module__='_io', __qualname__=name)
    return type(name, (_BufferedIOBase,), ns)


BufferedReader = _buffered_class('BufferedReader', "A buffer for a readable, sequential RawIOBase object.",
                                 True, False)
BufferedWriter = _buffered_class('BufferedWriter', "A buffer for a writeable sequential RawIO object.",
                                 False, True)
BufferedRandom = _buffered_class('BufferedRandom', "A buffered interface to random access streams.", True, True)


class BufferedRWPair(_BufferedIOBase):
    """A buffered reader and writer object put together."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


for _c in (_BufferedBase, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    _c.__module__ = '_io'


# ---------------------------------------------------------------------------------------------------- text

def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % (newline,))


def _norm_encoding(enc):
    return enc.lower().replace('_', '-')


def _find_line_end(text, start, newline, limit):
    """The index just after the line starting at start (or len(text)), for this newline mode."""
    end = len(text) if limit < 0 else min(len(text), start + limit)
    if newline == '\n' or newline is None:
        i = text.find('\n', start, end)
        return end if i < 0 else i + 1
    if newline == '':
        i = start
        while i < end:
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                if i + 1 < len(text) and text[i + 1] == '\n':
                    return i + 2 if i + 2 <= end or limit < 0 else i + 1
                return i + 1
            i += 1
        return end
    i = text.find(newline, start, end)
    return end if i < 0 else i + len(newline)


def _translate(text):
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text


def _seen_newlines(text):
    kinds = 0
    if '\r\n' in text:
        kinds |= 4
    t = text.replace('\r\n', '')
    if '\r' in t:
        kinds |= 1
    if '\n' in t:
        kinds |= 2
    return kinds


_NEWLINES_NAMES = {0: None, 1: '\r', 2: '\n', 3: ('\r', '\n'), 4: '\r\n', 5: ('\r', '\r\n'),
                   6: ('\n', '\r\n'), 7: ('\r', '\n', '\r\n')}


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        _check_newline(newline)
        if encoding is None:
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        elif encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s" % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0
        self._start = 0
        self._seen = 0
        self._detached = False
        self._wrote = False
        norm = _norm_encoding(encoding)
        self._bom_codec = norm in ('utf-16', 'utf16', 'utf-32', 'utf32')
        self._sig = norm in ('utf-8-sig', 'utf8-sig')

    # -- attributes
    @property
    def buffer(self):
        self._checkAttached()
        return self._buffer

    def _checkAttached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _NEWLINES_NAMES[self._seen]

    @property
    def closed(self):
        self._checkAttached()
        return self._buffer.closed

    @property
    def name(self):
        self._checkAttached()
        return self._buffer.name

    def __repr__(self):
        cls = type(self)
        result = '<%s.%s' % (cls.__module__, cls.__qualname__)
        try:
            name = self.name
        except AttributeError:
            pass
        except ValueError:
            pass
        else:
            result += ' name=%r' % (name,)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += ' mode=%r' % (mode,)
        return result + ' encoding=%r>' % (self._encoding,)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            ''.encode(encoding)
            self._encoding = encoding
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def fileno(self):
        self._checkAttached()
        return self._buffer.fileno()

    def isatty(self):
        self._checkAttached()
        return self._buffer.isatty()

    def readable(self):
        self._checkAttached()
        return self._buffer.readable()

    def writable(self):
        self._checkAttached()
        return self._buffer.writable()

    def seekable(self):
        self._checkAttached()
        return self._buffer.seekable()

    def flush(self):
        self._checkAttached()
        self._checkClosed()
        self._buffer.flush()

    def close(self):
        self._checkAttached()
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self._checkAttached()
        self.flush()
        self._sync()
        buffer = self._buffer
        self._detached = True
        return buffer

    # -- reading
    def _fill(self):
        if self._text is None:
            if not self._buffer.readable():
                raise UnsupportedOperation('not readable')
            self._start = self._buffer.tell() if self._buffer.seekable() else 0
            data = self._buffer.read()
            if self._sig and self._start == 0 and data.startswith(b'\xef\xbb\xbf'):
                data = data[3:]
                self._start = 3
            text = data.decode(self._encoding, self._errors)
            if self._bom_codec and self._start == 0 and text.startswith('\ufeff'):
                text = text[1:]
            self._text = text
            self._pos = 0
        return self._text

    def _sync(self):
        """Puts the buffer's position where the reader has got to, dropping decoded text not yet read."""
        if self._text is not None:
            pos = self.tell()
            self._text = None
            self._buffer.seek(pos)

    def _out(self, text):
        if self._newline is None:
            self._seen |= _seen_newlines(text)
            return _translate(text)
        if self._newline == '':
            self._seen |= _seen_newlines(text)
        return text

    def read(self, size=-1):
        self._checkAttached()
        self._checkClosed()
        size = _check_size(size)
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        text = self._fill()
        if size < 0:
            chunk = text[self._pos:]
            self._pos = len(text)
            return self._out(chunk)
        if self._newline is not None:
            chunk = text[self._pos:self._pos + size]
            self._pos += len(chunk)
            return self._out(chunk)
        out = []
        n = 0
        while n < size and self._pos < len(text):
            piece = text[self._pos:self._pos + (size - n)]
            end = self._pos + len(piece)
            if piece.endswith('\r') and end < len(text) and text[end] == '\n':
                end += 1
                piece += '\n'
            t = self._out(piece)
            out.append(t)
            n += len(t)
            self._pos = end
        return ''.join(out)

    def readline(self, size=-1):
        self._checkAttached()
        self._checkClosed()
        size = _check_size(size)
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        text = self._fill()
        if self._pos >= len(text):
            return ''
        nl = '' if self._newline is None else self._newline
        end = _find_line_end(text, self._pos, nl, size)
        chunk = text[self._pos:end]
        self._pos = end
        return self._out(chunk)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing
    def write(self, s):
        self._checkAttached()
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = '\n' in s or '\r' in s
        if haslf and self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        # as CPython's, whose reader has consumed the buffer ahead: text written after reading goes where the
        # buffer's position is (here: past everything decoded), not where the reader stopped
        self._text = None
        encoding = self._encoding
        if self._bom_codec and (self._wrote or (self._buffer.seekable() and self._buffer.tell() != 0)):
            encoding = _norm_encoding(encoding).replace('16', '16-le').replace('32', '32-le')
            if '-le' not in encoding:
                encoding = encoding + '-le'
        elif self._sig and (self._wrote or (self._buffer.seekable() and self._buffer.tell() != 0)):
            encoding = 'utf-8'
        b = s.encode(encoding, self._errors)
        if self._sig and encoding != 'utf-8' and not b.startswith(b'\xef\xbb\xbf'):
            b = b'\xef\xbb\xbf' + b
        self._buffer.write(b)
        self._wrote = True
        if self._line_buffering and (haslf or '\r' in s):
            self.flush()
        return length

    # -- positioning
    def tell(self):
        self._checkAttached()
        self._checkClosed()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._text is None:
            return self._buffer.tell()
        consumed = self._text[:self._pos]
        if not consumed:
            return self._start
        enc = self._encoding
        bom = 0
        if self._sig:
            enc = 'utf-8'
        elif self._bom_codec:
            bom = 2 if '16' in enc else 4
            enc = ('utf-16-le' if bom == 2 else 'utf-32-le')
            if self._start != 0:
                bom = 0
        return self._start + bom + len(consumed.encode(enc, self._errors))

    def seek(self, cookie, whence=0):
        self._checkAttached()
        self._checkClosed()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not isinstance(cookie, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(cookie).__name__)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._text = None
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        self.flush()
        self._text = None
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._checkAttached()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._sync()
        return self._buffer.truncate(pos)


TextIOWrapper.__module__ = '_io'


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._pos = 0
        self._seen = 0
        self._closed_flag = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    def _checkClosed(self, msg=None):
        if self._closed_flag:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    @property
    def newlines(self):
        self._checkClosed()
        if self._newline is not None:
            return None if self._newline != '' else _NEWLINES_NAMES[self._seen]
        return _NEWLINES_NAMES[self._seen]

    def close(self):
        self._closed_flag = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        if size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= len(self._buf):
            return ''
        chunk = self._buf[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        if self._pos >= len(self._buf):
            return ''
        nl = self._newline
        if nl is None:
            nl = '\n'
        end = _find_line_end(self._buf, self._pos, nl, size)
        chunk = self._buf[self._pos:end]
        self._pos = end
        return chunk

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed_flag:
            raise ValueError('I/O operation on closed file.')
        return self

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        length = len(s)
        if self._newline is None:
            self._seen |= _seen_newlines(s)
            s = _translate(s)
        elif self._newline == '':
            self._seen |= _seen_newlines(s)
        elif self._newline != '\n':
            s = s.replace('\n', self._newline)
        if not s:
            return length
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return length

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if whence == 0 and pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            size = _check_size(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = '_io'


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            if isinstance(initial_bytes, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            self._buf += initial_bytes
        self._pos = 0
        self._closed_flag = False
        self._exports = 0

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

    def _checkClosed(self, msg=None):
        if self._closed_flag:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        self._closed_flag = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        end = n if size < 0 else min(n, self._pos + size)
        chunk = bytes(self._buf[self._pos:end])
        self._pos = end
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        n = len(self._buf)
        if self._pos >= n:
            return b''
        i = self._buf.find(b'\n', self._pos)
        end = n if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        chunk = bytes(self._buf[self._pos:end])
        self._pos = end
        return chunk

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        self._checkClosed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += b'\0' * (pos - len(self._buf))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            size = _check_size(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


BytesIO.__module__ = '_io'


# ---------------------------------------------------------------------------------------------------- open

def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return 'locale'
    return encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream. Raise OSError upon failure."""
    if not isinstance(file, int):
        if not isinstance(file, (str, bytes)):
            file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size "
                      "will be used", RuntimeWarning, 2)
    if not binary:
        _check_newline(newline)
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
        if encoding is not None:
            ''.encode(encoding)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '')
                 + (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, 'rb')
