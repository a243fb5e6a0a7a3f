e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("NameError", err)
def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return saved
print(repr(f()))
import sys
try:
    raise IndexError("i")
except IndexError:
    print(type(sys.exception()).__name__, sys.exc_info()[0].__name__)
print(sys.exception())
