def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    show(e)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)
