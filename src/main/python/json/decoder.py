"""JSON decoding: a recursive-descent parser over a str, with CPython's error messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string whose opening quote is at end - 1. Return (str, index after the
    closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    q = -2
    while True:
        if q != -1 and q < end:
            q = s.find('"', end)
        b = s.find('\\', end)
        i = q if b < 0 or 0 <= q < b else b
        stop = n if i < 0 else i
        if strict and not s[end:stop].isprintable():
            for k in range(end, stop):
                if s[k] < ' ':
                    raise JSONDecodeError("Invalid control character at", s, k)
        if i < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            chunks.append(s[end:i])
        if s[i] == '"':
            return ''.join(chunks), i + 1
        if i + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i + 1]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, i)
            chunks.append(ch)
            end = i + 2
            continue
        code = _hex4(s, i + 1)
        end = i + 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


class _Parser:
    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        d = self.d
        if c == '"':
            return scanstring(s, i + 1, d.strict)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return d.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return d.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return d.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def scalar(self, i):
        """A value that is not a container, inside a container."""
        try:
            return self.value(i)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", self.s, err.value) from None

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise StopIteration(i)
        intend = j
        isfloat = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            isfloat = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                k += 1
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                isfloat = True
        if isfloat:
            return self.d.parse_float(s[i:j]), j
        return self.d.parse_int(s[i:intend]), intend

    def obj(self, i):
        s = self.s
        d = self.d
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = scanstring(s, i + 1, d.strict)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            # nested containers are parsed here directly: one Python frame per nesting level
            c = s[i] if i < len(s) else ''
            if c == '{':
                val, i = self.obj(i + 1)
            elif c == '[':
                val, i = self.array(i + 1)
            else:
                val, i = self.scalar(i)
            pairs.append((key, val))
            i = _skip(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_obj(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def finish_obj(self, pairs):
        d = self.d
        if d.object_pairs_hook is not None:
            return d.object_pairs_hook(pairs)
        result = dict(pairs)
        if d.object_hook is not None:
            return d.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            c = s[i] if i < len(s) else ''
            if c == '[':
                val, i = self.array(i + 1)
            elif c == '{':
                val, i = self.obj(i + 1)
            else:
                val, i = self.scalar(i)
            values.append(val)
            i = _skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and return a 2-tuple of
        the Python representation and the index in ``s`` where the document ended."""
        try:
            return _Parser(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
