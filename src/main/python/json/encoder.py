"""JSON encoding: JSONEncoder and the string escapers, producing CPython's exact text."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII characters kept)."""
    out = []
    for c in s:
        e = _SHORT.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = []
    for c in s:
        e = _SHORT.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise a ``TypeError``."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        chunks = _Writer(self).run(o)
        return chunks if _one_shot else iter(chunks)


class _Writer:
    def __init__(self, enc):
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def run(self, o):
        out = []
        self.value(o, 0, out)
        return out

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level, out):
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level, out)
        elif isinstance(o, dict):
            self.obj(o, level, out)
        else:
            self.mark(o)
            self.value(self.enc.default(o), level, out)
            self.unmark(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self.mark(lst)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            out.append('[' + inner)
            sep = sep + inner
        else:
            out.append('[')
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            # nested containers are written here directly: one Python frame per nesting level
            if isinstance(v, (list, tuple)):
                self.array(v, level, out)
            elif isinstance(v, dict):
                self.obj(v, level, out)
            else:
                self.value(v, level, out)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append(']')
        self.unmark(lst)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.float(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def obj(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self.mark(dct)
        enc = self.enc
        sep = enc.item_separator
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            out.append('{' + inner)
            sep = sep + inner
        else:
            out.append('{')
        items = sorted(dct.items()) if enc.sort_keys else dct.items()
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self.string(k))
            out.append(enc.key_separator)
            if isinstance(v, (list, tuple)):
                self.array(v, level, out)
            elif isinstance(v, dict):
                self.obj(v, level, out)
            else:
                self.value(v, level, out)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append('}')
        self.unmark(dct)
