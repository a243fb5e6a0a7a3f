"""Efficient arrays of numeric values: sequences whose items all have one C type, given by a type code.

The items are held as Python values already converted to the item type (ints range-checked, 'f' items rounded to
single precision); tobytes()/frombytes() use the native layout through struct."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message above, message below) for the integer type codes
_RANGES = {
    'b': (-2 ** 7, 2 ** 7 - 1, "signed char is greater than maximum", "signed char is less than minimum"),
    'B': (0, 2 ** 8 - 1, "unsigned byte integer is greater than maximum",
          "unsigned byte integer is less than minimum"),
    'h': (-2 ** 15, 2 ** 15 - 1, "signed short integer is greater than maximum",
          "signed short integer is less than minimum"),
    'H': (0, 2 ** 16 - 1, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    'i': (-2 ** 31, 2 ** 31 - 1, "signed integer is greater than maximum", "signed integer is less than minimum"),
    'I': (0, 2 ** 32 - 1, "unsigned int is greater than maximum", "can't convert negative value to unsigned int"),
    'l': (-2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': (0, 2 ** 64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    'q': (-2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    'Q': (0, 2 ** 64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return index(v)


def _converter(typecode):
    if typecode == 'u':
        def convert(v):
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        return convert
    if typecode in 'fd':
        single = typecode == 'f'

        def convert(v):
            if not isinstance(v, float):
                if isinstance(v, int):
                    v = float(v)
                elif hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
                    v = float(v)
                else:
                    raise TypeError(f"must be real number, not {type(v).__name__}")
            if single:
                v = _struct.unpack('@f', _struct.pack('@f', v))[0]
            return v
        return convert
    low, high, above, below = _RANGES[typecode]

    def convert(v):
        v = _as_int(v)
        if v > high:
            raise OverflowError(above)
        if v < low:
            raise OverflowError(below)
        return v
    return convert


def _bytes_of(obj):
    if isinstance(obj, array):
        return obj.tobytes()
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    if isinstance(obj, memoryview):
        return obj.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


class arrayiterator:
    """Iterator over an array's items (sees changes made while iterating)."""

    __slots__ = ('_array', '_index')

    def __init__(self, arr):
        self._array = arr
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        arr = self._array
        if arr is None or self._index >= len(arr._items):
            self._array = None
            raise StopIteration
        self._index += 1
        return arr._items[self._index - 1]


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and initialized from the optional initializer
    value, which must be a list, a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ('_code', '_items', '_convert', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        self._convert = _converter(typecode)
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self.fromunicode(init)
            elif isinstance(init, (bytes, bytearray, memoryview)):
                self.frombytes(init)
            elif isinstance(init, array):
                if (init._code == 'u') != (typecode == 'u'):
                    raise TypeError("array item must be unicode character")
                self._items = [self._convert(v) for v in init._items]
            else:
                self._items = [self._convert(v) for v in init]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._code]

    def _same(self, items):
        new = object.__new__(type(self) if type(self) is array else array)
        new._code = self._code
        new._convert = self._convert
        new._items = items
        return new

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._code}')"
        if self._code == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._code}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, x):
        return x in self._items

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._same(self._items[index])
        i = _as_int(index)
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("array index out of range")
        return self._items[i]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError(f"attempt to assign array of size {len(value._items)} to extended slice "
                                     f"of size {size}")
            self._items[index] = list(value._items)
            return
        i = _as_int(index)
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("array assignment index out of range")
        self._items[i] = self._convert(value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        i = _as_int(index)
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("array assignment index out of range")
        del self._items[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._same(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._same(self._items * _as_int(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_int(n)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, list.__eq__)

    def __ne__(self, other):
        return self._cmp(other, list.__ne__)

    def __lt__(self, other):
        return self._cmp(other, list.__lt__)

    def __le__(self, other):
        return self._cmp(other, list.__le__)

    def __gt__(self, other):
        return self._cmp(other, list.__gt__)

    def __ge__(self, other):
        return self._cmp(other, list.__ge__)

    def __copy__(self):
        return self._same(list(self._items))

    def __deepcopy__(self, memo):
        return self._same(list(self._items))

    def __bytes__(self):
        return self.tobytes()

    def __reduce_ex__(self, protocol):
        return type(self), (self._code, self.tolist()), getattr(self, '__dict__', None)

    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(self._convert(v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._convert(v))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        i = _as_int(i)
        self._items.insert(i, self._convert(v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        i = _as_int(i)
        if not self._items:
            raise IndexError("pop from empty array")
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=9223372036854775807):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _as_int(start)
        stop = _as_int(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items."""
        return id(self), len(self._items)

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZES[self._code]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [self._convert(v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._code == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack(f'@{len(self._items)}{self._code}', *self._items)

    def frombytes(self, data):
        """Appends items from the bytes-like object, interpreting it as an array of machine values."""
        data = _bytes_of(data)
        size = _SIZES[self._code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._code == 'u':
            self._items.extend(data.decode('utf-32-le', 'surrogatepass'))
        else:
            self._items.extend(_struct.unpack(f'@{len(data) // size}{self._code}', data))

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _as_int(n)
        if n < 0:
            raise ValueError("negative count")
        size = _SIZES[self._code]
        data = f.read(size * n)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != size * n:
            raise EOFError("read() didn't return enough bytes")

    def fromunicode(self, s):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)


ArrayType = array
