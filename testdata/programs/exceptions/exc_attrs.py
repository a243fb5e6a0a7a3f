try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
try:
    err
    e
except NameError as n:
    print("e unbound after except:", n)
e2 = ValueError("note")
e2.add_note("first note")
e2.add_note("second")
print(e2.__notes__)
try:
    raise e2.with_traceback(None)
except ValueError as z:
    print(z is e2)
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info())
