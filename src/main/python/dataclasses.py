"""Data classes: the @dataclass decorator generates __init__, __repr__, __eq__, ordering and __hash__ from the
class's annotated fields.

Written for pyvm from the documentation of CPython 3.12's dataclasses module and its observable behaviour. The
generated methods are closures over the field list (no exec), so that data classes work with pyvm.jar alone, which
has no compiler.
"""

import sys
import keyword as _keyword

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field: passed to __init__ and __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else type(type.__dict__)(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r,match_args=%r,'
                'kw_only=%r,slots=%r,weakref_slot=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen, self.match_args,
                   self.kw_only, self.slots, self.weakref_slot))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe a field: its default or default factory and which generated methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_of(cls):
    return [f for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD]


def fields(class_or_instance):
    """The fields of a dataclass (class or instance) as a tuple of Field objects, ClassVars and InitVars left
    out."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def _convert(obj, dict_factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return dict_factory([(f.name, _convert(getattr(obj, f.name), dict_factory, True))
                                 for f in _fields_of(type(obj))])
        return dict_factory([_convert(getattr(obj, f.name), dict_factory, False) for f in _fields_of(type(obj))])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, dict_factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_convert(k, dict_factory, as_dict)] = _convert(v, dict_factory, as_dict)
            return result
        return type(obj)((_convert(k, dict_factory, as_dict), _convert(v, dict_factory, as_dict))
                         for k, v in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a new tuple, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new object of the same type as obj, with fields replaced by the values in changes."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# ---- reading the class body --------------------------------------------------------------------------------------

def _string_names(ann, cls, module, target):
    """A string annotation such as 'InitVar[int]' or 'dataclasses.InitVar' names target when the class's module
    namespace resolves its leading name (or module.name) to it."""
    s = ann.lstrip()
    i = 0
    while i < len(s) and (s[i].isalnum() or s[i] == '_'):
        i += 1
    first = s[:i]
    rest = s[i:].lstrip()
    mod = sys.modules.get(cls.__module__)
    ns = mod.__dict__ if mod is not None else {}
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        if ns.get(first) is not module or module is None:
            return False
        return getattr(module, rest[:j], None) is target
    return first != '' and ns.get(first) is target


def _typing_name(ann, cls):
    """'ClassVar' or 'InitVar' when an annotation (object or string) denotes one, else None."""
    typing = sys.modules.get('typing')
    classvar = getattr(typing, 'ClassVar', None) if typing is not None else None
    if isinstance(ann, str):
        if classvar is not None and _string_names(ann, cls, typing, classvar):
            return 'ClassVar'
        if _string_names(ann, cls, sys.modules.get(__name__), InitVar):
            return 'InitVar'
        return None
    if ann is InitVar or type(ann) is InitVar:
        return 'InitVar'
    if classvar is not None and (ann is classvar or getattr(ann, '__origin__', None) is classvar):
        return 'ClassVar'
    return None


def _get_field(cls, name, ann, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = ann
    f._field_type = _FIELD
    kind = _typing_name(ann, cls)
    if kind == 'ClassVar':
        f._field_type = _FIELD_CLASSVAR
    elif kind == 'InitVar':
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (f.name,))
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _is_kw_only(ann):
    if ann is KW_ONLY:
        return True
    if isinstance(ann, str):
        return ann in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return False


# ---- the generated methods ---------------------------------------------------------------------------------------

def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls_holder, init_fields, std_fields, kw_fields, other_fields, frozen, has_post_init, initvars):
    """An __init__ that binds arguments like a def with the fields as parameters (same errors as CPython's
    generated one), then stores them and calls __post_init__."""
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    all_names = pos_names + kw_names
    by_name = {f.name: f for f in init_fields}
    n_pos = len(pos_names)
    n_required_pos = sum(1 for f in std_fields if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        qual = __init__.__qualname__
        if len(args) > n_pos:
            if n_required_pos == n_pos:
                raise TypeError('%s() takes %d positional argument%s but %d %s given'
                                % (qual, n_pos + 1, '' if n_pos == 0 else 's', len(args) + 1,
                                   'was' if len(args) == 0 else 'were'))
            raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                            % (qual, n_required_pos + 1, n_pos + 1, len(args) + 1))
        values = dict(zip(pos_names, args))
        for k, v in kwargs.items():
            if k not in by_name:
                raise TypeError('%s() got an unexpected keyword argument %r' % (qual, k))
            if k in values:
                raise TypeError('%s() got multiple values for argument %r' % (qual, k))
            values[k] = v
        missing = [n for n in pos_names if n not in values
                   and by_name[n].default is MISSING and by_name[n].default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's', _and_list(missing)))
        missing = [n for n in kw_names if n not in values
                   and by_name[n].default is MISSING and by_name[n].default_factory is MISSING]
        if missing:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's', _and_list(missing)))
        store = object.__setattr__ if frozen else setattr
        for name in all_names:
            f = by_name[name]
            if name in values:
                value = values[name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if f._field_type is _FIELD:
                store(self, name, value)
            values[name] = value
        for f in other_fields:
            if f.default_factory is not MISSING:
                store(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                store(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*[values[n] for n in initvars])

    # what inspect.signature() shows for this __init__: (self, <std fields>, *, <kw-only fields>) -> None
    __init__.__dataclass_init_fields__ = (tuple(std_fields), tuple(kw_fields))
    return __init__


_repr_running = set()


def _make_repr(repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ', '.join(['%s=%r' % (n, getattr(self, n)) for n in names])
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, parts)

    return __repr__


def _make_compare(op, names):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a = tuple([getattr(self, n) for n in names])
            b = tuple([getattr(other, n) for n in names])
            if op == '__eq__':
                return a == b
            if op == '__lt__':
                return a < b
            if op == '__le__':
                return a <= b
            if op == '__gt__':
                return a > b
            return a >= b
        return NotImplemented

    compare.__name__ = op
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return __hash__


def _make_frozen(cls_holder, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls_holder[0] or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls_holder[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls_holder[0] or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls_holder[0], self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Sets cls.name unless the class body defines it; True if it was already there."""
    if name in cls.__dict__:
        return True
    try:
        value.__qualname__ = '%s.%s' % (cls.__qualname__, name)
        value.__name__ = name
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, value)
    return False


def _format_annotation(ann):
    if isinstance(ann, type):
        if ann.__module__ == 'builtins':
            return ann.__qualname__
        return '%s.%s' % (ann.__module__, ann.__qualname__)
    if isinstance(ann, str):
        return ann
    return repr(ann).replace('typing.', '')


def _text_signature(init_fields, std_fields, kw_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_text(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(_param_text(f))
    return '(%s)' % ', '.join(parts)


def _param_text(f):
    s = f.name
    if f.type is not MISSING:
        s += ': ' + _format_annotation(f.type)
    if f.default is not MISSING:
        s += ' = %r' % (f.default,)
    elif f.default_factory is not MISSING:
        s += ' = <factory>'
    return s


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                                           slots, weakref_slot))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, ann in annotations.items():
        if _is_kw_only(ann):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, ann, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    cls_holder = [cls]
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    other_fields = [f for f in field_list if not f.init]
    initvars = [f.name for f in all_fields.values() if f._field_type is _FIELD_INITVAR]

    if init:
        seen_default = False
        for f in std_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(cls_holder, init_fields, std_fields, kw_fields,
                                                       other_fields, frozen, has_post_init, initvars))

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', compare_names))

    if order:
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op, _make_compare(op, compare_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (op, cls.__name__))

    if frozen:
        field_names = tuple(f.name for f in field_list)
        setter, deleter = _make_frozen(cls_holder, field_names)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_names), '__hash__')
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _set_qualname(cls, _make_hash(hash_names), '__hash__')
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(init_fields, std_fields, kw_fields)

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
        cls_holder[0] = cls

    return cls


def _set_qualname(cls, fn, name):
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    fn.__name__ = name
    return fn


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in _fields_of(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for s in b.__dict__.get('__slots__', ()):
            inherited.add(s)
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """A new dataclass named cls_name with the given fields: names, (name, type) or (name, type, Field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if _keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    ns = {}
    exec_body(ns)
    cls = type(cls_name, tuple(bases), ns)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
