from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)

with ExitStack() as stack:
    stack.callback(print, "first registered")
    stack.callback(print, "second registered")
    moved = stack.pop_all()
print("nothing yet")
moved.close()

def exit_cb(exc_type, exc, tb):
    print("exit_cb", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError("suppressed by exit_cb")
print("after suppression")

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise KeyError("kept")
except KeyError as e:
    print("KeyError", e)

def raiser(msg):
    raise RuntimeError(msg)

try:
    with ExitStack() as stack:
        stack.callback(raiser, "inner")
        stack.callback(raiser, "outer")
        raise ValueError("body")
except RuntimeError as e:
    print(e, "<-", e.__context__, "<-", e.__context__.__context__, e.__context__.__context__.__context__)

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *a):
        print("CM exit", a[0])

with ExitStack() as stack:
    stack.push(CM())
    stack.enter_context(CM())
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed index")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
with suppress():
    pass
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
print("group suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(repr(e))
