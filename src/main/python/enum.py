"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their metaclass EnumType.

Written for pyvm from the documentation of CPython 3.12's enum module and its observable behaviour (reprs, str and
format rules, error messages). A class body of an enumeration is collected by an _EnumDict (returned by
EnumType.__prepare__), which tells members from methods and resolves auto(); EnumType.__new__ then builds the class
and turns each member value into an instance of it.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_builtin_bin = bin
_builtin_property = property

# Set once the classes exist; EnumType looks at them while the library's own base classes are being made.
Enum = Flag = EJECT = KEEP = STRICT = CONFORM = ReprEnum = None

_SUNDER_ALLOWED = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_', '_add_alias_', '_add_value_alias_',
])


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name
    return (len(name) > len(prefix) and name.startswith(prefix) and name[len(prefix)] != '_'
            and not name.endswith('__'))


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but shows a sign bit and two's complement digits: bin(5) == '0b0 101'."""
    width = num.bit_length()
    if num >= 0:
        digits = _builtin_bin(num)[2:] if num else ''
        digits = '0' * (width - len(digits)) + digits
        sign = '0b0'
    else:
        digits = _builtin_bin(num + (1 << width))[2:] if num + (1 << width) else ''
        digits = '0' * (width - len(digits)) + digits
        sign = '0b1'
    if max_bits is not None and len(digits) < max_bits:
        digits = sign[-1] * (max_bits - len(digits)) + digits
    return '%s %s' % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value that the enumeration chooses (_generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an object (even a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an object from becoming a member: it stays a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property:
    """A property for members ('name', 'value', ...) that, looked up on the enumeration class itself, gives the
    member of that name if there is one and raises AttributeError otherwise."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        try:
            return instance._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (type(instance), self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class _EnumDict(dict):
    """The namespace of an enumeration's class body: records member names in order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._next_value(key)
            self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        v.value = self._next_value(key)
                    self._auto_called = True
                    v = v.value
                parts.append(v)
            return tuple(parts)
        return value

    def _next_value(self, key):
        gnv = self._generate_next_value
        if gnv is None:
            return 1 + len(self._member_names)
        return gnv(key, 1, len(self._member_names), self._last_values[:])


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = _EnumDict()
        ns._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            ns._generate_next_value = gnv
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, use_args = metacls._find_new_(classdict, member_type, first_enum)

        body = {}
        for key in classdict:
            if key not in ignore and key != '_ignore_' and key not in member_names:
                body[key] = classdict[key]
        member_values = [classdict[name] for name in member_names]
        if Enum is not None:
            # members are made by _new_member_; calling the class looks a member up (Enum.__new__)
            if '__new__' in body:
                body['__new_member__'] = body['__new__']
            body['__new__'] = Enum.__dict__['__new__']
        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if '_value_repr_' not in body:
            body['_value_repr_'] = metacls._find_data_repr_(cls, bases, member_type)
        if Flag is not None and any(issubclass(b, Flag) for b in bases):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            body['_boundary_'] = boundary
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        elif boundary is not None:
            body['_boundary_'] = boundary
        classdict_keys = set(body)

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        if Enum is not None:
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                    ' int, str, float, etc.)')
                if '__format__' not in classdict_keys:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                    classdict_keys.add('__format__')
                if '__str__' not in classdict_keys:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
                    classdict_keys.add('__str__')
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict_keys:
                    found = getattr(enum_class, name)
                    if found == getattr(member_type, name, None) or found == getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            # the flag operators win over those of a mixed-in data type (int.__or__ for IntFlag)
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict_keys:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        for sort_order, (name, value) in enumerate(zip(member_names, member_values)):
            metacls._add_member_(enum_class, name, value, sort_order, is_flag)

        if is_flag:
            metacls._finish_flag_(enum_class)

        if order is not None and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, sort_order, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        if enum_class._use_args_:
            new_member = enum_class._new_member_
            m = new_member(enum_class, *args)
        else:
            m = object.__new__(enum_class)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = m._value_
        m._name_ = name
        m.__objclass__ = enum_class
        m.__init__(*args)
        m._sort_order_ = sort_order
        # an alias when another member already has this value
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(name)
        # put the member in the class: directly, or behind a property when a base defines that name
        found = None
        for base in enum_class.__mro__[1:]:
            attr = base.__dict__.get(name)
            if attr is not None and _is_descriptor(attr):
                found = attr
                break
        if found is not None:
            redirect = property()
            redirect.member = m
            redirect.__set_name__(enum_class, name)
            if isinstance(found, (property, _builtin_property)):
                redirect.fget = found.fget
                redirect.member = m
            type.__setattr__(enum_class, name, redirect)
        else:
            type.__setattr__(enum_class, name, m)
        enum_class._member_map_[name] = m
        try:
            enum_class._value2member_map_.setdefault(value, m)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        flag_mask = 0
        singles = 0
        for m in enum_class._member_map_.values():
            v = m._value_
            if isinstance(v, int) and v >= 0:
                flag_mask |= v
                if _is_single_bit(v):
                    singles |= v
        type.__setattr__(enum_class, '_flag_mask_', flag_mask)
        type.__setattr__(enum_class, '_singles_mask_', singles)
        type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
        if values != sorted(values):
            type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        metacls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_data_repr_(metacls, class_name, bases, member_type):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if '_value_repr_' in base.__dict__ and base._value_repr_ is not None:
                        return base._value_repr_
                    continue
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        if new is not None:
            return new, True
        skip = [object.__new__]
        if Enum is not None:
            skip.append(Enum.__new__)
        for attr in ('__new_member__', '__new__'):
            for possible in (member_type, first_enum):
                target = getattr(possible, attr, None)
                if target is None or any(target is s for s in skip):
                    continue
                return target, True
        return object.__new__, False

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if cls._member_map_:
            if names is not None:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        member_type, first_enum = metacls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            if value in cls._unhashable_values_:
                return True
            raise

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType

_mappingproxy = type(type.__dict__)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access them by:
    - attribute access: Color.RED
    - value lookup: Color(1)
    - name lookup: Color['RED']
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        error = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            error = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                              % (cls.__name__, result))
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
        except TypeError:
            last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class FlagBoundary(StrEnum):
    """Control how out of range values are handled: strict raises, conform discards, eject returns an int,
    keep keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & , ^ and ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        negative = None
        boundary = cls._boundary_
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles
        known = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliases:
            members = list(cls._iter_member_(known))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                wanted = known | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & wanted == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join([m._name_ for m in members])
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def _power_of_two(value):
    return value >= 1 and value & (value - 1) == 0


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % pair for pair in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if duplicates:
                    details = ', '.join(['%s -> %s' % pair for pair in duplicates])
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for n, alias in enumeration._member_map_.items():
                    if n in enumeration._member_names_ or alias.value < 0:
                        continue
                    missed = [b for b in _iter_bits_lsb(alias.value) if b not in canonical_values]
                    if missed:
                        missing_names.append(n)
                        for b in missed:
                            missing_value |= b
                if missing_names:
                    if len(missing_names) == 1:
                        which = 'alias %s is missing' % missing_names[0]
                    else:
                        which = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (name, which, value))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, n) for n in self._name_.split('|')])
    parts = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            parts.append(n)
        else:
            parts.append('%s.%s' % (module, n))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: makes the members module globals and their repr 'module.NAME'."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
