def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    f()
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("t") from None
except TypeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise RuntimeError("r") from KeyError("cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
e = ValueError("v")
print(e.__traceback__, e.__context__, e.__cause__)
