"""weakref: weak references on pyvm (written in Python over the native _weakref cells).

How this differs from CPython, which frees an object the moment its last strong reference goes: on the JVM an
object that is no longer strongly reachable is freed at some later collection. Until then ref() still returns it,
a WeakValueDictionary still holds it and no callback has run. gc.collect() asks the JVM for a full collection and
then runs the callbacks of the references it cleared, so "del x; gc.collect()" makes the death observable as in
CPython, provided nothing else (a frame, a traceback, an exception being handled) still holds the object.
finalize objects still alive at exit are not called (pyvm has no atexit hook yet).
"""

import sys
import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

# id(referent) -> cells of the ReferenceType objects made for it (for getweakrefs and for sharing the plain ref)
_by_referent = {}


def _live_refs(obj):
    cells = _by_referent.get(id(obj))
    if not cells:
        return []
    refs = []
    kept = []
    for cell in cells:
        r = cell.get()
        if r is not None and r._cell.get() is obj:
            refs.append(r)
            kept.append(cell)
    if kept:
        _by_referent[id(obj)] = kept
    else:
        del _by_referent[id(obj)]
    return refs


_registrations = 0


def _register(obj, r):
    global _registrations
    _live_refs(obj)
    _by_referent.setdefault(id(obj), []).append(_weakref.new_cell(r, None))
    _registrations += 1
    if _registrations % 1024 == 0:
        _sweep()


def _sweep():
    """Forgets the registry entries whose weak references are all dead (their objects' ids may be reused)."""
    for key in list(_by_referent):
        cells = [c for c in _by_referent[key] if c.get() is not None and c.get()._cell.get() is not None]
        if cells:
            _by_referent[key] = cells
        else:
            del _by_referent[key]


class ReferenceType:
    """ref(object[, callback]): a weak reference to object; calling it returns the object, or None once dead."""

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        if args or kwargs:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % (2 + len(args) + len(kwargs)))
        if callback is None and cls is ReferenceType:
            for r in _live_refs(ob):
                if type(r) is ReferenceType and r._callback is None:
                    return r
        self = object.__new__(cls)
        self._cell = _weakref.new_cell(ob, callback, self)
        self._callback = callback
        self._hash = None
        _register(ob, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._cell.get()

    @property
    def __callback__(self):
        return self._callback if self._cell.get() is not None else None

    def __hash__(self):
        if self._hash is None:
            obj = self._cell.get()
            if obj is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self._cell.get()
        b = other._cell.get()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self._cell.get()
        b = other._cell.get()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        obj = self._cell.get()
        if obj is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(obj, '__name__', None)
        text = "<weakref at %#x; to '%s' at %#x" % (id(self), _type_name(obj), id(obj))
        if isinstance(name, str):
            text += ' (%s)' % name
        return text + '>'

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _type_name(obj):
    return type(obj).__name__


def getweakrefcount(object):
    """The number of weak references and proxies to object."""
    return len(_live_refs(object)) + len(_live_proxies(object))


def getweakrefs(object):
    """The weak references and proxies to object."""
    return _live_refs(object) + _live_proxies(object)


# ---------------------------------------------------------------------------------------------------- proxies

_proxies_by_referent = {}


def _live_proxies(obj):
    cells = _proxies_by_referent.get(id(obj))
    if not cells:
        return []
    out = []
    kept = []
    for cell in cells:
        p = cell.get()
        if p is not None and object.__getattribute__(p, '_cell').get() is obj:
            out.append(p)
            kept.append(cell)
    if kept:
        _proxies_by_referent[id(obj)] = kept
    else:
        del _proxies_by_referent[id(obj)]
    return out


def _target(p):
    obj = object.__getattribute__(p, '_cell').get()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """A proxy: behaves like its referent while it is alive; ReferenceError once it is dead."""

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_cell').get()
        if obj is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), _type_name(obj), id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, other):
        return _target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _target(self)

    def __sub__(self, other):
        return _target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _target(self)

    def __mul__(self, other):
        return _target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _target(self)

    def __truediv__(self, other):
        return _target(self) / _unwrap(other)

    def __floordiv__(self, other):
        return _target(self) // _unwrap(other)

    def __mod__(self, other):
        return _target(self) % _unwrap(other)

    def __pow__(self, other):
        return _target(self) ** _unwrap(other)

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __and__(self, other):
        return _target(self) & _unwrap(other)

    def __or__(self, other):
        return _target(self) | _unwrap(other)

    def __xor__(self, other):
        return _target(self) ^ _unwrap(other)

    def __iadd__(self, other):
        obj = _target(self)
        obj += _unwrap(other)
        return self

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)


class CallableProxyType(ProxyType):
    """A proxy to a callable referent."""

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


def _unwrap(o):
    if isinstance(o, ProxyType):
        return _target(o)
    return o


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """A proxy to object which uses a weak reference; callback(proxy) runs once object is collected."""
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        for p in _live_proxies(object):
            if type(p) is cls and object_getattr(p, '_callback') is None:
                return p
    p = _object_new(cls)
    cell = _weakref.new_cell(object, callback, p)
    _object_setattr(p, '_cell', cell)
    _object_setattr(p, '_callback', callback)
    _live_proxies(object)
    _proxies_by_referent.setdefault(id(object), []).append(_weakref.new_cell(p, None))
    return p


_object_new = object.__new__
_object_setattr = object.__setattr__
object_getattr = object.__getattribute__


# ---------------------------------------------------------------------------------------------------- WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method that stays usable while the object and the function are alive."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------------------------------- containers

class WeakValueDictionary:
    """Mapping class that references values weakly: an entry goes away once its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        selfref = ref(self)

        def remove(wr):
            d = selfref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remover(key), key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class KeyedRef(ref):
    """A weak reference that also carries a key (what WeakValueDictionary stores)."""

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakKeyDictionary:
    """Mapping class that references keys weakly: an entry goes away once its key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            d = selfref()
            if d is not None:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set of weakly referenced objects: a member goes away once it is collected."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item):
            s = selfref()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(e for e in self if e not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(list(self) + list(other))

    __or__ = union

    def symmetric_difference(self, other):
        other = list(other)
        return self.__class__([e for e in self if e not in other] + [e for e in other if e not in self])

    __xor__ = symmetric_difference

    def issubset(self, other):
        return all(e in other for e in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(e in self for e in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------------------------------------------- finalize

class finalize:
    """Class for finalization of weakrefable objects: finalize(obj, func, *args, **kwargs) calls
    func(*args, **kwargs) once obj is collected (after a gc.collect() on pyvm), or when called."""

    _registry = {}
    _index_iter = iter(range(1 << 62))

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None."""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
