class Res:
    def close(self):
        raise RuntimeError("close failed")
def work():
    r = Res()
    try:
        raise ValueError("work failed")
    finally:
        r.close()
try:
    work()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError
    except ValueError:
        raise KeyError("in handler")
except KeyError as k:
    print(repr(k), type(k.__context__).__name__)
