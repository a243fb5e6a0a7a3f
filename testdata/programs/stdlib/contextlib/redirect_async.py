import io
import sys
from contextlib import redirect_stdout, redirect_stderr, asynccontextmanager, AsyncExitStack, \
    AbstractContextManager, aclosing

buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("captured", 1)
    print(b is buf)
print("value:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("err:", repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))


class Thing(AbstractContextManager):
    def __exit__(self, *a):
        print("Thing exit")

with Thing() as t:
    print(type(t).__name__)


@asynccontextmanager
async def agen(name):
    print("aenter", name)
    try:
        yield name
    finally:
        print("aexit", name)


class AClose:
    async def aclose(self):
        print("aclosed")


async def main():
    async with agen("x") as v:
        print("body", v)
    try:
        async with agen("y"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(agen("s1"))
        b = await stack.enter_async_context(agen("s2"))
        async def cb(msg):
            print("async cb", msg)
        stack.push_async_callback(cb, "m")
        stack.callback(print, "sync cb")
        print(a, b)
    async with aclosing(AClose()):
        pass
    return "done"


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class APlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        pass


print(isinstance(Plain(), AbstractContextManager), isinstance(object(), AbstractContextManager),
      issubclass(Plain, AbstractContextManager), isinstance(Thing(), AbstractContextManager))
import contextlib
print(isinstance(APlain(), contextlib.AbstractAsyncContextManager), isinstance(Plain(), contextlib.AbstractAsyncContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager), isinstance(io.StringIO(), AbstractContextManager))
