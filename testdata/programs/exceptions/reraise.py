def f(n):
    try:
        if n:
            raise IndexError(n)
    except IndexError:
        print("handling", n)
        raise
try:
    f(3)
except IndexError as e:
    print("outer", e.args)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        saved = e
    raise saved
except ValueError as e:
    print("re-raised saved", e)
def nested():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("context:", repr(t.__context__))
        raise
try:
    nested()
except KeyError as k:
    print("bare raise restored", repr(k))
