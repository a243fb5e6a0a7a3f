"""A collection of string constants, the Template and Formatter classes, and capwords()."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and join the
    capitalized words using join."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class _Chain:
    """Keyword arguments first, then the mapping (what substitute(mapping, **kws) looks names up in)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _Match:
    """One placeholder found in a template: kind is 'escaped', 'named', 'braced' or 'invalid'."""

    def __init__(self, template, start, end, kind, name):
        self.template = template
        self._start = start
        self._end = end
        self.kind = kind
        self.name = name

    def group(self, *names):
        if not names or names == (0,):
            return self.template[self._start:self._end]
        if len(names) == 1:
            return self.name if names[0] == self.kind else None
        return tuple(self.group(n) for n in names)

    def start(self, group=0):
        if group == 0:
            return self._start
        if group != self.kind:
            return -1
        return self._end - len(self.name) - (1 if self.kind == 'braced' else 0)

    def groupdict(self):
        d = dict.fromkeys(('escaped', 'named', 'braced', 'invalid'))
        d[self.kind] = self.name
        return d


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2  # re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                  or cls.braceidpattern is not None or cls.flags != Template.flags)
        if custom:
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |
                  (?P<named>{id})       |
                  {{(?P<braced>{bid})}} |
                  (?P<invalid>)
                )
                """
            cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        cls._custom = custom

    _custom = False

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder, scanning for the delimiter."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = t.find(delim)
        while 0 <= i:
            j = i + dl
            if t.startswith(delim, j):
                yield _Match(t, i, j + dl, 'escaped', delim)
                i = t.find(delim, j + dl)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_REST:
                    k += 1
                yield _Match(t, i, k, 'named', t[j:k])
                i = t.find(delim, k)
                continue
            if j < n and t[j] == '{' and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_REST:
                    k += 1
                if k < n and t[k] == '}':
                    yield _Match(t, i, k + 1, 'braced', t[j + 1:k])
                    i = t.find(delim, k + 1)
                    continue
            yield _Match(t, i, j, 'invalid', '')
            i = t.find(delim, j if dl else j + 1)

    def _matches(self):
        if self._custom:
            for mo in self.pattern.finditer(self.template):
                yield mo
        else:
            yield from self._scan()

    def _replace(self, convert):
        if self._custom:
            return self.pattern.sub(convert, self.template)
        out = []
        pos = 0
        t = self.template
        for mo in self._scan():
            out.append(t[pos:mo._start])
            out.append(convert(mo))
            pos = mo._end
        out.append(t[pos:])
        return ''.join(out)

    @staticmethod
    def _groups(mo):
        if isinstance(mo, _Match):
            return mo.kind, mo.name
        for kind in ('named', 'braced', 'escaped', 'invalid'):
            value = mo.group(kind)
            if value is not None:
                return kind, value
        return None, None

    def _invalid(self, mo):
        i = mo._end if isinstance(mo, _Match) else mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            kind, name = self._groups(mo)
            if kind in ('named', 'braced'):
                return str(mapping[name])
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._replace(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            kind, name = self._groups(mo)
            if kind in ('named', 'braced'):
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._replace(convert)

    def is_valid(self):
        for mo in self._matches():
            kind, name = self._groups(mo)
            if kind == 'invalid':
                return False
            if kind is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self._matches():
            kind, name = self._groups(mo)
            if kind in ('named', 'braced'):
                if name not in ids:
                    ids.append(name)
            elif kind is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


def _parse_format(s):
    """The pieces of a format string: (literal_text, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    while i < n:
        # literal text up to a brace; a doubled brace ends the piece with one brace
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield s[start:i], None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield s[start:i + 1], None, None, None
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        i += 1
        name_start = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if c == '[':
                j = s.find(']', i + 1)
                if j < 0:
                    raise ValueError("expected '}' before end of string")
                i = j + 1
                continue
            if c in '}:!':
                break
            i += 1
        name = s[name_start:i]
        conversion = None
        if c == '!':
            i += 1
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n and s[i] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if i < n and s[i] == '}':
            yield literal, name, '', conversion
            i += 1
            continue
        i += 1
        spec_start = i
        depth = 1
        while True:
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[i]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        yield literal, name, s[spec_start:i], conversion
        i += 1


def _split_field_name(name):
    """(first, rest): the argument name or index, and an iterator of (is_attribute, key) accessors."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)

    def rest(i=i):
        while i < n:
            c = name[i]
            if c == '.':
                j = i + 1
                while j < n and name[j] not in '.[':
                    j += 1
                attr = name[i + 1:j]
                if not attr:
                    raise ValueError("Empty attribute in format string")
                yield True, attr
                i = j
            elif c == '[':
                j = name.find(']', i + 1)
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                key = name[i + 1:j]
                if not key:
                    raise ValueError("Empty attribute in format string")
                if key.isdigit() and key.isascii():
                    key = int(key)
                yield False, key
                i = j + 1
                if i < n and name[i] not in '.[':
                    raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest()


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
