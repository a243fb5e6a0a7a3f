def chain(c):
    return " > ".join(k.__name__ for k in c.__mro__)
for c in [ZeroDivisionError, KeyError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopAsyncIteration, KeyboardInterrupt, ModuleNotFoundError, TimeoutError]:
    print(chain(c))
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
