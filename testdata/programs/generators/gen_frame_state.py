import inspect
def g():
    x = yield 1
    yield x
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), it.gi_frame.f_locals)
print(it.send("sent"))
print(inspect.getgeneratorstate(it), it.gi_running)
it.close()
print(inspect.getgeneratorstate(it), it.gi_frame)
print(g.__code__.co_flags & inspect.CO_GENERATOR != 0, it.__name__, it.__qualname__)
