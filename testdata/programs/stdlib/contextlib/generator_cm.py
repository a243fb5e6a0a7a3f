from contextlib import contextmanager, ContextDecorator, nullcontext, closing

@contextmanager
def tag(name):
    """A tag."""
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)

print(tag.__name__, tag.__doc__)
with tag("a") as v:
    print("body", v)
with tag("b"):
    raise KeyError("k")
print("after b")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def swallow():
    try:
        yield
    except Exception:
        yield

try:
    with swallow():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")

try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def stopper():
    yield

try:
    with stopper():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration", e)

@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2

print(decorated(21))
print(decorated(1))

class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self
    def __exit__(self, *exc):
        print('Finishing', exc[0])
        return False

@mycontext()
def function():
    print('The bit in the middle')

function()
with mycontext():
    print('with')

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

class Thing:
    def close(self):
        print("closed thing")

with closing(Thing()) as t:
    print(type(t).__name__)

cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
