"""contextlib: utilities for with-statement contexts (pyvm's own implementation)."""

import sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir", "AsyncContextDecorator"]


class _HookMeta(type):
    """isinstance()/issubclass() consult the class's __subclasshook__, as ABCMeta would (pyvm has no abc yet)."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            answer = hook.__get__(None, cls)(sub)
            if answer is not NotImplemented:
                return bool(answer)
        return type.__subclasscheck__(cls, sub)


def _has_methods(C, *names):
    return all(any(m in B.__dict__ and B.__dict__[m] is not None for B in C.__mro__) for m in names)


class AbstractContextManager(metaclass=_HookMeta):
    """An abstract base class for context managers."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, '__enter__', '__exit__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


class AbstractAsyncContextManager(metaclass=_HookMeta):
    """An abstract base class for asynchronous context managers."""

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, '__aenter__', '__aexit__')
        return NotImplemented

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    def __class_getitem__(cls, item):
        return cls


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_metadata(inner, func)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_metadata(inner, func)


def _copy_metadata(wrapper, func):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(func, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(func.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = func
    return wrapper


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """The context manager @contextmanager makes: runs the generator up to its yield on entry, and on exit
    resumes it (or throws the block's exception into it at the yield)."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # one use only: the factory arguments go (a second entry fails on them, as in CPython)
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # the generator caught the exception and finished: suppressed, unless it is the very exception
            return stop is not value
        except BaseException as raised:
            if raised is value:
                raised.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and isinstance(raised, RuntimeError) and raised.__cause__ is value:
                # PEP 479 turned the StopIteration thrown in into RuntimeError: report the original
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """The asynchronous context manager @asynccontextmanager makes."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        self.__doc__ = getattr(func, '__doc__', None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if raised is value:
                raised.__traceback__ = traceback
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration)) and isinstance(raised, RuntimeError)
                    and raised.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_metadata(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator, for async generator functions."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_metadata(helper, func)


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up resource."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


def _chain(new, old, outer):
    """Makes old (pending when new was raised) part of new's context chain, as nested except blocks would:
    old replaces outer (the exception being handled around the whole stack) on that chain, or ends it."""
    if new is old:
        return
    e = new
    while True:
        ctx = e.__context__
        if ctx is None or ctx is old:
            return
        if ctx is outer:
            break
        e = ctx
    e.__context__ = old


class _StackBase:
    """The callbacks of an exit stack: (is_sync, fn) pairs, fn(exc_type, exc, tb) returning true to suppress."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, lambda t, v, tb: method(exit, t, v, tb)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, '__enter__', None)
        exit = getattr(cls, '__exit__', None)
        if enter is None or exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context "
                            f"manager protocol")
        result = enter(cm)
        self._exit_callbacks.append((True, lambda t, v, tb: exit(cm, t, v, tb)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def call(t, v, tb):
            callback(*args, **kwds)
        call.__wrapped__ = callback
        self._exit_callbacks.append((True, call))
        return callback


class ExitStack(_StackBase, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        pending = exc_details[1]
        outer = sys.exception()
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            details = (None, None, None) if pending is None else (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    pending = None
                    suppressed = True
            except BaseException as new:
                _chain(new, pending, outer)
                pending = new
        if pending is not None and pending is not exc_details[1]:
            context = pending.__context__
            try:
                raise pending
            finally:
                pending.__context__ = context
        if pending is not None:
            return False
        return received and suppressed

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit callbacks."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, '__aenter__', None)
        exit = getattr(cls, '__aexit__', None)
        if enter is None or exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the asynchronous "
                            f"context manager protocol")
        result = await enter(cm)
        self._exit_callbacks.append((False, lambda t, v, tb: exit(cm, t, v, tb)))
        return result

    def push_async_exit(self, exit):
        method = getattr(type(exit), '__aexit__', None)
        if method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, lambda t, v, tb: method(exit, t, v, tb)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def call(t, v, tb):
            await callback(*args, **kwds)
        call.__wrapped__ = callback
        self._exit_callbacks.append((False, call))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        pending = exc_details[1]
        outer = sys.exception()
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            details = (None, None, None) if pending is None else (type(pending), pending, pending.__traceback__)
            try:
                result = cb(*details) if is_sync else await cb(*details)
                if result:
                    pending = None
                    suppressed = True
            except BaseException as new:
                _chain(new, pending, outer)
                pending = new
        if pending is not None and pending is not exc_details[1]:
            context = pending.__context__
            try:
                raise pending
            finally:
                pending.__context__ = context
        if pending is not None:
            return False
        return received and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
