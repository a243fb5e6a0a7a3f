"""Functions creating iterators for efficient looping (pyvm's own implementation, written from the documentation).

Every iterator is a class named as CPython names it (``itertools.count``...); most keep their state in a private
generator made by ``_run`` and step it in ``__next__``."""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations',
           'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(n):
    """n as an int through __index__ (TypeError otherwise)."""
    if isinstance(n, int):
        return int(n)
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__) from None


def _parse(fname, args, kwargs, names, required, defaults=()):
    """Binds a builtin-style call's arguments to names, with CPython's messages for C functions."""
    n = len(names)
    if len(args) + len(kwargs) > n:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (fname, n, '' if n == 1 else 's', len(args) + len(kwargs)))
    values = list(args) + [None] * (n - len(args))
    given = [True] * len(args) + [False] * (n - len(args))
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, k))
        i = names.index(k)
        if given[i]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (fname, k, i + 1))
        values[i] = v
        given[i] = True
    for i in range(n):
        if not given[i]:
            if i < required:
                raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
            values[i] = defaults[i]
    return values


def _positional(fname, args, kwargs, n):
    """The arguments of a C constructor taking exactly n positional arguments, with CPython's messages."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)
    if len(args) != n:
        raise TypeError('%s expected %d argument%s, got %d' % (fname, n, '' if n == 1 else 's', len(args)))
    return args


class _Iterator:
    """Base of the iterator types: iter(self) is self, next() steps the generator self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0, (0, 1))
        for v in (start, step):
            if not (isinstance(v, (int, float, complex)) or hasattr(type(v), '__add__')) or isinstance(v, (str, bytes)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, self._step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, = _positional('cycle', args, kwargs, 1)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            saved.append(x)
            yield x
        if not saved:
            return
        while True:
            yield from saved


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_obj', '_left')

    def __init__(self, *args, **kwargs):
        object, times = _parse('repeat', args, kwargs, ('object', 'times'), 1, (0, None))
        self._obj = object
        self._left = None if times is None else max(_index(times), 0)

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1, (0, None, None))
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total


class batched(_Iterator):
    """Batch data into tuples of length n. The last batch may be shorter than n."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, n = _parse('batched', args, kwargs, ('iterable', 'n'), 2)
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n)

    @staticmethod
    def _run(it, n):
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == n:
                    break
            if not batch:
                return
            yield tuple(batch)
            if len(batch) < n:
                return


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2)
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('filterfalse', args, kwargs, 2)
        it = iter(iterable)
        if function is None:
            self._gen = (x for x in it if not x)
        else:
            self._gen = (x for x in it if not function(x))


class _grouper(_Iterator):
    __slots__ = ()


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    # _cur/_curkey: the element under the cursor; _fresh: it starts a group not returned yet.
    __slots__ = ('_it', '_key', '_cur', '_curkey', '_active', '_fresh')

    _EMPTY = object()

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1, (0, None))
        self._it = iter(iterable)
        self._key = key
        self._cur = self._curkey = groupby._EMPTY
        self._active = None
        self._fresh = False

    def _step(self):
        x = next(self._it)
        self._cur = x
        self._curkey = x if self._key is None else self._key(x)

    def __next__(self):
        self._active = None
        if self._cur is groupby._EMPTY:
            self._step()
        elif self._fresh is False:
            old = self._curkey
            while self._curkey == old:
                self._step()
        self._fresh = False
        key = self._curkey
        g = _grouper()
        g._gen = self._group(key, g)
        self._active = g
        return key, g

    def _group(self, key, g):
        while self._active is g:
            yield self._cur
            try:
                self._step()
            except StopIteration:
                return
            if not (self._curkey == key):
                self._fresh = True
                return


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ()

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if n == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        stop = self._arg(stop, None, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        start = self._arg(start, 0, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = self._arg(step, 1, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _arg(v, default, message):
        if v is None:
            return default
        try:
            v = _index(v)
        except TypeError:
            raise ValueError(message) from None
        if v < 0 or v > _sys.maxsize:
            raise ValueError(message)
        return v

    @staticmethod
    def _run(it, start, stop, step):
        nxt = start
        i = 0
        if stop is not None and stop <= start:
            for _ in zip(range(stop), it):
                pass
            return
        for x in it:
            if i == nxt:
                yield x
                nxt += step
                if stop is not None and nxt >= stop:
                    for _ in zip(range(min(stop, nxt) - i - 1), it):
                        pass
                    return
            i += 1


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, = _positional('pairwise', args, kwargs, 1)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken
from the given sequence."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        it = iter(iterable)
        self._gen = (function(*args) for args in it)


class _tee_link:
    __slots__ = ('value', 'next')


class _tee(_Iterator):
    __slots__ = ('_source', '_link')

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source, self._link = it._source, it._link
        else:
            self._source = it
            self._link = _tee_link()
            self._link.next = None

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            nl = _tee_link()
            nl.next = None
            link.value = value
            link.next = nl
        self._link = link.next
        return link.value

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._source, t._link = self._source, self._link
        return t


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(*args):
    """Returns a tuple of n independent iterators."""
    if not args:
        raise TypeError('tee expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('tee expected at most 2 arguments, got %d' % len(args))
    iterable, n = (args + (2,))[:2]
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = _tee(iterable)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th element comes from
the i-th iterable argument."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        if not its:
            return
        left = len(its)
        done = [False] * len(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if done[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    done[i] = True
                    left -= 1
                    if not left:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class product(_Iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = kwargs.pop('repeat', 1)
        for k in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for product()" % k)
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(p) == 0 for p in pools):
            return
        idx = [0] * len(pools)
        while True:
            yield tuple(p[i] for p, i in zip(pools, idx))
            k = len(pools) - 1
            while k >= 0:
                idx[k] += 1
                if idx[k] < len(pools[k]):
                    break
                idx[k] = 0
                k -= 1
            if k < 0:
                return


def _r_arg(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iterator):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1, (0, None))
        pool = tuple(iterable)
        if r is not None and not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = len(pool) if r is None else _r_arg(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return

        def rec(prefix, remaining):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for j, i in enumerate(remaining):
                yield from rec(prefix + [i], remaining[:j] + remaining[j + 1:])
        yield from rec([], list(range(n)))


class combinations(_Iterator):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        self._gen = self._run(pool, _r_arg(r), False)

    @staticmethod
    def _run(pool, r, again):
        n = len(pool)
        if r > n and not again or n == 0 and r > 0:
            return

        def rec(start, prefix):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for i in range(start, n):
                yield from rec(i if again else i + 1, prefix + [i])
        yield from rec(0, [])


class combinations_with_replacement(_Iterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have
successive repeats."""
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        self._gen = combinations._run(pool, _r_arg(r), True)

