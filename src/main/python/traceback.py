"""traceback: extract, format and print stack traces and exceptions.

pyvm's own implementation. Frames taken from live tracebacks and frames are formatted by the interpreter's own
formatter (native module _traceback), so printed tracebacks match uncaught ones, carets included.
"""

import sys
import _traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals', '_code',
                 '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = -1
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame, from f (or the caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti // 2
        tb = tb.tb_next


def _stack_entries(f):
    while f is not None:
        yield f, f.f_lineno, f.f_lasti // 2
        f = f.f_back


def _limited(entries, limit, newest_last):
    entries = list(entries)
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit] if not newest_last else entries[:limit]
        else:
            entries = entries[limit:]
    return entries


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object (an iterable of (frame, lineno) pairs)."""
        return klass._from_entries(((f, n, -1) for f, n in frame_gen), limit, lookup_lines, capture_locals)

    @classmethod
    def _from_entries(klass, entries, limit, lookup_lines, capture_locals):
        result = klass()
        for f, lineno, lasti in _limited(entries, limit, True):
            co = f.f_code
            summary = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                   locals=f.f_locals if capture_locals else None)
            summary._code = co
            summary._lasti = lasti
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The string for one frame: its "File" line, its source line and, where CPython shows them, carets."""
        code = getattr(frame_summary, '_code', None)
        if code is not None and frame_summary._lasti >= 0 and code.co_filename == frame_summary.filename:
            text = _traceback.frame_text(code, frame_summary._lasti, frame_summary.lineno)
        else:
            text = '  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                         frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        """Format the stack ready for printing: one string per frame, with repeated lines collapsed."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
        return result


# ---------------------------------------------------------------------------------------------------- frames

def extract_tb(tb, limit=None):
    """Return a StackSummary of the frames of a traceback object (at most limit)."""
    return StackSummary._from_entries(_tb_entries(tb), limit, True, False)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """The stack of frames from f (default: the caller) outwards, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    entries = [(frame, lineno, -1) for frame, lineno, lasti in _stack_entries(f)]
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary._from_entries(entries, None, True, False)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback (nothing to do on pyvm)."""
    while tb is not None:
        tb = tb.tb_next


# ---------------------------------------------------------------------------------------------------- exceptions

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings ending in newlines."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file' (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    """The exception part of a traceback: the lines of 'Type: message' (more for SyntaxError, and notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception()) and its traceback."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


def _lines(text):
    return text.splitlines(keepends=True)


class TracebackException:
    """An exception ready for rendering: its stack (a StackSummary), its chain and its message lines."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        # the interpreter's own formatter renders the whole display (chains, groups) when nothing is trimmed
        self._native = (exc_value is not None and isinstance(exc_value, BaseException) and limit is None
                        and not capture_locals and exc_traceback is exc_value.__traceback__
                        and max_group_width == 15 and max_group_depth == 10
                        and getattr(sys, 'tracebacklimit', None) is None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_entries(_tb_entries(exc_traceback), limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        kw = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                  max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **kw)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen
                    and not (compact and (self.__cause__ is not None or self.__suppress_context__))):
                self.__context__ = TracebackException(type(context), context, context.__traceback__, **kw)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [TracebackException(type(e), e, e.__traceback__, **kw)
                                   for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_name(self.exc_type)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str and self.stack == other.stack
                    and self.__cause__ == other.__cause__ and self.__context__ == other.__context__)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception message lines: 'Type: message' (SyntaxError adds its location), then the notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        if self._value is not None and isinstance(self._value, BaseException):
            yield from _lines(_traceback.exception_only(self._value))
            return
        yield _format_final_exc_line(_type_name(self.exc_type), self._str)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole display: chained exceptions first, each with its stack and message."""
        if _ctx is None:
            if chain and self._native:
                yield from _lines(_traceback.format(self._value))
                return
            _ctx = _GroupContext()
        # newest first: each entry carries the message that follows the (older) exception printed before it
        output = []
        exc = self
        msg = None
        while exc is not None:
            output.append((msg, exc))
            if not chain:
                break
            if exc.__cause__ is not None:
                msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                exc = exc.__context__
            else:
                exc = None
        for msg, exc in reversed(output):
            yield from exc._format_one(chain, _ctx)
            if msg is not None:
                yield from _ctx.emit(msg)

    def _format_one(self, chain, ctx):
        if self.exceptions is None:
            if self.stack:
                yield from ctx.emit('Traceback (most recent call last):\n')
                for item in self.stack.format():
                    yield from ctx.emit(item)
            for item in self.format_exception_only():
                yield from ctx.emit(item)
            return
        if ctx.depth > self.max_group_depth:
            yield from ctx.emit("... (max_group_depth is %d)\n" % self.max_group_depth)
            return
        top = ctx.depth == 0
        if top:
            ctx.depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n', '+' if top else '|')
            for item in self.stack.format():
                yield from ctx.emit(item)
        for item in self.format_exception_only():
            yield from ctx.emit(item)
        num = len(self.exceptions)
        width = self.max_group_width
        n = num if num <= width else width + 1
        ctx.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield '  ' * ctx.depth + ('+-' if i == 0 else '  ') + '+---------------- ' + title + \
                ' ----------------\n'
            ctx.depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            else:
                remaining = num - width
                yield from ctx.emit("and %d more exception%s\n" % (remaining, 's' if remaining > 1 else ''))
            if last and ctx.need_close:
                yield '  ' * ctx.depth + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if top:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file' (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


class _GroupContext:
    """Indentation state while rendering exception groups (depth 0: not inside a group)."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def emit(self, text, margin='|'):
        prefix = '  ' * self.depth + (margin + ' ' if self.depth > 0 else '')
        if not prefix:
            yield text
            return
        for line in text.splitlines(keepends=True):
            yield prefix + line


def _type_name(t):
    if t is None:
        return None
    mod = t.__module__
    if mod not in ("__main__", "builtins"):
        if not isinstance(mod, str):
            mod = "<unknown>"
        return mod + '.' + t.__qualname__
    return t.__qualname__


def _format_final_exc_line(etype, value):
    valuestr = _safe_str(value) if not isinstance(value, str) else value
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
