"""Inspecting live objects: type predicates, signatures (Signature, Parameter, BoundArguments), members, docs,
frames and the states of generators and coroutines.

Written for pyvm from the documentation of CPython 3.12's inspect module and its observable behaviour (reprs and
error messages). Source-code retrieval (getsource and friends) is not provided.
"""

import sys
import enum

__all__ = [
    'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR',
    'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE',
    'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'FrameInfo', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING',
    'GEN_SUSPENDED', 'FullArgSpec', 'Parameter', 'Signature', 'cleandoc', 'get_annotations', 'getcallargs',
    'getfullargspec', 'currentframe', 'formatannotation', 'getattr_static',
    'getcoroutinelocals', 'getcoroutinestate', 'getdoc', 'getfile', 'getgeneratorlocals', 'getgeneratorstate',
    'getmembers', 'getmembers_static', 'getmodule', 'getmodulename', 'getmro', 'isabstract', 'isasyncgen',
    'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule', 'isroutine',
    'istraceback', 'markcoroutinefunction', 'signature', 'stack', 'trace', 'unwrap',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


# ---- the types of things -----------------------------------------------------------------------------------------

def _f():
    pass


class _C:
    def _m(self):
        pass


async def _coro():
    pass


def _gen():
    yield


async def _agen():
    yield


_FunctionType = type(_f)
_MethodType = type(_C()._m)
_ModuleType = type(sys)
_CodeType = type(_f.__code__)
_BuiltinFunctionType = type(len)
_GeneratorType = type(_gen())
_c = _coro()
_CoroutineType = type(_c)
_c.close()
del _c
_AsyncGeneratorType = type(_agen())
_MethodWrapperType = type(object().__str__)
_WrapperDescriptorType = type(object.__init__)
_MethodDescriptorType = type(str.join)
_GetSetDescriptorType = type(_FunctionType.__dict__['__code__']) if '__code__' in _FunctionType.__dict__ else None


def _frame_type():
    return type(sys._getframe())


def _traceback_type():
    try:
        raise TypeError
    except TypeError as e:
        return type(e.__traceback__)


_FrameType = _frame_type()
_TracebackType = _traceback_type()


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, _MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _FunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but no __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (made by __slots__)."""
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return type(object).__name__ == 'getset_descriptor'


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(f):
    while type(f).__name__ == 'partial' and hasattr(f, 'func'):
        f = f.func
    return f


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Marks a function so that iscoroutinefunction() is true for it."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = obj
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return getattr(f, '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    return (isinstance(object, _CoroutineType)
            or isinstance(object, _GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), '__await__'))


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, _MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if flags & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members, docs, classes, modules -----------------------------------------------------------------------------

def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, _DynamicClassAttributes):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


_DynamicClassAttributes = (enum.property,)


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name, optionally only those for which
    predicate(value) is true."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), without running descriptors or __getattr__ (getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


def cleandoc(doc):
    """Clean up indentation from docstrings: the first line's leading whitespace, the common indentation of the
    other lines, and leading and trailing blank lines are removed; tabs are expanded."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__ \
            else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None:
            return None
    elif isinstance(obj, property):
        fget = obj.fget
        if fget is None:
            return None
        name = fget.__name__
        cls = _owner_class(fget)
        if cls is None:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None:
            return None
    else:
        return None
    for base in cls.__mro__:
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], '__doc__', None)
            if doc is not None:
                return doc
    return None


def _owner_class(func):
    parts = func.__qualname__.split('.')[:-1]
    if not parts or '<locals>' in parts:
        return None
    cls = sys.modules.get(func.__module__)
    for p in parts:
        cls = getattr(cls, p, None)
    return cls if isclass(cls) else None


def getdoc(object):
    """The documentation string of an object, cleaned up with cleandoc(); inherited from a base class when the
    object has none. None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The name of the (text or binary) file in which an object was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'
                    .format(type(object).__name__))


def getmodulename(path):
    """The module name for a file path, or None if it does not name a Python module."""
    fname = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


_sentinel = object()


def _static_from_mro(klass, attr):
    for entry in getattr(klass, '__mro__', (klass,)):
        try:
            d = type.__dict__['__dict__'].__get__(entry)
        except (TypeError, KeyError):
            d = getattr(entry, '__dict__', {})
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve an attribute without triggering descriptors, __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        if isinstance(instance_dict, dict) and attr in instance_dict:
            instance_result = instance_dict[attr]
    else:
        klass = obj
    klass_result = _static_from_mro(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if _static_from_mro(kt, '__get__') is not _sentinel and (
                _static_from_mro(kt, '__set__') is not _sentinel or _static_from_mro(kt, '__delete__') is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        result = _static_from_mro(type(klass), attr)
        if result is not _sentinel:
            return result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last object in it."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---- frames, generators, coroutines ------------------------------------------------------------------------------

def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) with a positions attribute."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))
        self.positions = positions
        return self

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, positions=%r)'
                % (tuple(self) + (self.positions,)))


def _source_lines(filename):
    import builtins
    opener = getattr(builtins, 'open', None)
    if opener is None:
        return None
    try:
        with opener(filename, encoding='utf-8') as f:
            return f.read().splitlines(True)
    except (OSError, UnicodeDecodeError, TypeError):
        return None


def _frame_info(frame, context, lineno=None):
    code = frame.f_code
    if lineno is None:
        lineno = frame.f_lineno
    filename = code.co_filename
    context_lines = index = None
    if context > 0:
        lines = _source_lines(filename)
        if lines and lineno is not None and 0 < lineno <= len(lines):
            start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            context_lines = lines[start:start + context]
            index = lineno - 1 - start
    return FrameInfo(frame, filename, lineno, code.co_name, context_lines, index)


def getframeinfo(frame, context=1):
    """The FrameInfo of a frame or traceback (without the frame itself in CPython's Traceback; here the frame)."""
    if istraceback(frame):
        return _frame_info(frame.tb_frame, context, frame.tb_lineno)
    return _frame_info(frame, context)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all outer frames, innermost first."""
    result = []
    while frame is not None:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and all inner frames."""
    result = []
    while tb is not None:
        result.append(_frame_info(tb.tb_frame, context, tb.tb_lineno))
        tb = tb.tb_next
    return result


def stack(context=1):
    """FrameInfo records for the stack above the caller's frame, the caller first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the frames between the current frame and the frame of the exception being handled."""
    exc = sys.exc_info()[1]
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)


def getgeneratorstate(generator):
    """The current state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    if hasattr(generator, 'gi_suspended') or generator.gi_frame.f_lasti == -1:
        return GEN_CREATED
    return GEN_SUSPENDED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame (empty when it has none)."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """The current state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if hasattr(coroutine, 'cr_suspended') or coroutine.cr_frame.f_lasti == -1:
        return CORO_CREATED
    return CORO_SUSPENDED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame (empty when it has none)."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---- signatures --------------------------------------------------------------------------------------------------

def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and type(annotation).__name__ == 'GenericAlias':
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self._value_]


_KIND_DESCRIPTIONS = ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only',
                      'variadic keyword']


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class _OrderedDict(dict):
    """The parameters table of a Signature (shown as CPython shows its OrderedDict)."""

    def __repr__(self):
        return 'OrderedDict(%s)' % dict.__repr__(self)

    __str__ = __repr__


class Parameter:
    """A parameter of a function signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword arguments, '
                                 f'not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes replaced."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): arguments maps parameter names to values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The signature of a callable: an ordered mapping of Parameters and a return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = _OrderedDict()
        elif __validate_parameters__:
            params = _OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                     .format(top_kind.description, kind.description))
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = _OrderedDict((param.name, param) for param in parameters)
        self._parameters = type(type.__dict__)(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable object."""
        return _signature_from_callable(obj, follow_wrapped, True, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given attributes replaced."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values() if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values() if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        arguments = {}
        params = list(self.parameters.values())
        i = 0
        # positional arguments fill the parameters in order
        for n, arg in enumerate(args):
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            p = params[i]
            if p.kind == _VAR_POSITIONAL:
                arguments[p.name] = tuple(args[n:])
                i += 1
                break
            if p.kind == _POSITIONAL_OR_KEYWORD and p.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(p.name))
            arguments[p.name] = arg
            i += 1
        rest = params[i:]
        # the first parameters left: a required one that no keyword names is reported as missing here
        for p in rest:
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.name in kwargs:
                if p.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(p.name))
                break
            if p.kind == _VAR_KEYWORD or p.default is not _empty or partial:
                break
            kind = ' keyword-only' if p.kind == _KEYWORD_ONLY else ''
            raise TypeError('missing a required{} argument: {!r}'.format(kind, p.name))
        # then keywords fill the rest
        var_keyword = None
        for p in rest:
            if p.kind == _VAR_KEYWORD:
                var_keyword = p
            elif p.kind == _VAR_POSITIONAL:
                continue
            elif p.name in kwargs:
                arguments[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(p.name))
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to parameters as a call would: a BoundArguments, or TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    return (isinstance(code, _CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and isinstance(getattr(obj, '__defaults__', None), (tuple, type(None)))
            and isinstance(getattr(obj, '__kwdefaults__', None), (dict, type(None))))


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    Param = cls._parameter_cls
    parameters = []
    non_default_count = pos_count - pos_default_count
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Param(name, annotation=annotations.get(name, _empty), kind=kind, default=default))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Param(name, annotation=annotations.get(name, _empty), kind=_VAR_POSITIONAL))
        index += 1
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Param(name, annotation=annotations.get(name, _empty), kind=_KEYWORD_ONLY,
                                default=default))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Param(name, annotation=annotations.get(name, _empty), kind=_VAR_KEYWORD))
    return cls(parameters, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _signature_from_dataclass_init(sigcls, init):
    """The signature of an __init__ generated by dataclasses (a closure taking *args, **kwargs)."""
    dataclasses = sys.modules['dataclasses']
    std_fields, kw_fields = init.__dataclass_init_fields__
    params = [Parameter('self', _POSITIONAL_OR_KEYWORD)]
    for kind, fields in ((_POSITIONAL_OR_KEYWORD, std_fields), (_KEYWORD_ONLY, kw_fields)):
        for f in fields:
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = dataclasses._HAS_DEFAULT_FACTORY
            else:
                default = _empty
            params.append(Parameter(f.name, kind, default=default, annotation=f.type))
    return sigcls(params, return_annotation=None, __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _lookup_on_type(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _signature_from_callable(obj, follow_wrapped, skip_bound_arg, sigcls):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, skip_bound_arg, sigcls)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped, skip_bound_arg, sigcls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj) and hasattr(obj, '__dataclass_init_fields__'):
        return _signature_from_dataclass_init(sigcls, obj)
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, skip_bound_arg, sigcls)
        return _signature_bind_partial(wrapped, obj.args, obj.keywords)
    if isinstance(obj, type):
        call = _lookup_on_type(type(obj), '__call__')
        if call is not None and call is not type.__dict__.get('__call__'):
            sig = _signature_from_callable(call, follow_wrapped, skip_bound_arg, sigcls)
            return _drop_first(sig)
        new = _lookup_on_type(obj, '__new__')
        init = _lookup_on_type(obj, '__init__')
        if init is not None and init is not object.__dict__.get('__init__') and isfunction(init):
            return _drop_first(_signature_from_callable(init, follow_wrapped, skip_bound_arg, sigcls))
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None and new is not object.__dict__.get('__new__') and isfunction(new):
            return _drop_first(_signature_from_callable(new, follow_wrapped, skip_bound_arg, sigcls))
        for base in obj.__mro__[:-1]:
            text = base.__dict__.get('__text_signature__')
            if text:
                return _signature_from_text(sigcls, text, obj, True)
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj) or ismethoddescriptor(obj) or type(obj).__name__ in ('wrapper_descriptor', 'method-wrapper'):
        text = getattr(obj, '__text_signature__', None)
        if text:
            bound = getattr(obj, '__self__', None)
            return _signature_from_text(sigcls, text, obj, skip_bound_arg and bound is not None
                                        and not ismodule(bound))
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _lookup_on_type(type(obj), '__call__')
    if call is not None:
        sig = _signature_from_callable(call, follow_wrapped, skip_bound_arg, sigcls)
        return _drop_first(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _signature_bind_partial(wrapped_sig, args, keywords):
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    try:
        ba = wrapped_sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(wrapped_sig)) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                del new_params[param_name]
                new_params[param_name] = new_param
            elif param.kind in (_KEYWORD_ONLY, _VAR_POSITIONAL):
                new_params.pop(param_name, None)
                if param.kind is _KEYWORD_ONLY or param_name in new_params:
                    pass
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_from_text(sigcls, text, obj, skip_bound_arg):
    """A Signature from a builtin's __text_signature__ such as '($module, obj, /)'."""
    inner = text.strip()
    if inner.startswith('(') and inner.endswith(')'):
        inner = inner[1:-1]
    parts = [p.strip() for p in inner.split(',') if p.strip()]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    first = True
    has_slash = '/' in parts
    for p in parts:
        if p == '/':
            params = [q.replace(kind=_POSITIONAL_ONLY) for q in params]
            continue
        if p == '*':
            kind = _KEYWORD_ONLY
            continue
        if first and p.startswith('$'):
            first = False
            if skip_bound_arg:
                continue
            p = p[1:]
        first = False
        default = _empty
        if '=' in p:
            p, d = p.split('=', 1)
            p = p.strip()
            d = d.strip()
            try:
                default = {'None': None, 'True': True, 'False': False}[d] if d in ('None', 'True', 'False') \
                    else int(d) if d.lstrip('-').isdigit() else d.strip('\'"') if d[:1] in '\'"' else _empty
            except ValueError:
                default = _empty
        if p.startswith('**'):
            params.append(Parameter(p[2:], _VAR_KEYWORD))
        elif p.startswith('*'):
            params.append(Parameter(p[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(Parameter(p, kind, default=default))
    return sigcls(params, __validate_parameters__=False)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


# ---- argument specs ----------------------------------------------------------------------------------------------

class FullArgSpec(tuple):
    """(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations), as getfullargspec() returns it."""

    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations):
        return tuple.__new__(cls, (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join('%s=%r' % pair for pair in zip(self._fields, self))


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a FullArgSpec."""
    try:
        sig = _signature_from_callable(func, False, False, Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    defaults = []
    kwonlyargs = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonlyargs.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs, kwdefaults or None, annotations)


def _names_phrase(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to values that calling func(*positional, **named) would make, or the
    TypeError the call would raise."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    result = {}
    for arg_name, value in zip(args, positional):
        result[arg_name] = value
    if varargs:
        result[varargs] = tuple(positional[len(args):])
    if varkw:
        result[varkw] = {}
    known = set(args) | set(kwonlyargs)
    for key, value in named.items():
        if key not in known:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (name, key))
            result[varkw][key] = value
        elif key in result:
            raise TypeError('%s() got multiple values for argument %r' % (name, key))
        else:
            result[key] = value
    n_defaults = len(defaults) if defaults else 0
    if len(positional) > len(args) and not varargs:
        required = len(args) - n_defaults
        if n_defaults:
            takes, plural = 'from %d to %d' % (required, len(args)), True
        else:
            takes, plural = str(len(args)), len(args) != 1
        given = len(positional)
        kwonly_given = sum(1 for k in kwonlyargs if k in result)
        extra = ''
        if kwonly_given:
            extra = ' positional argument%s (and %d keyword-only argument%s)' % (
                's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (name, takes, 's' if plural else '', given, extra,
                           'was' if given == 1 and not kwonly_given else 'were'))
    required = args[:len(args) - n_defaults]
    missing = [a for a in required if a not in result]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (name, len(missing), '' if len(missing) == 1 else 's', _names_phrase(missing)))
    for i, arg_name in enumerate(args[len(args) - n_defaults:]):
        result.setdefault(arg_name, defaults[i])
    missing = []
    for k in kwonlyargs:
        if k not in result:
            if kwonlydefaults and k in kwonlydefaults:
                result[k] = kwonlydefaults[k]
            else:
                missing.append(k)
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (name, len(missing), '' if len(missing) == 1 else 's', _names_phrase(missing)))
    return result


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a module, class or callable (string annotations evaluated when
    eval_str is true)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__', None)
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrapped is not None:
        unwrapped = unwrap(unwrapped)
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}
