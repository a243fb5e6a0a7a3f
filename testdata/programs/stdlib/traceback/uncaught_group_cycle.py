try:
    try:
        raise ValueError(1)
    except ValueError as v:
        raise ExceptionGroup("eg", [v, KeyError(2)])
except ExceptionGroup as g:
    e = g
try:
    raise KeyError("a")
except KeyError as a:
    try:
        raise TypeError("b")
    except TypeError as b:
        a.__context__ = b
        raise e
