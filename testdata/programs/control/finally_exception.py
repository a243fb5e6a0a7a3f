def f():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
f()
def g():
    try:
        raise ValueError
    finally:
        print("g finally runs before propagation")
try:
    g()
except ValueError:
    print("propagated")
def swallow():
    for _ in range(1):
        try:
            raise RuntimeError("lost")
        finally:
            break
    return "swallowed"
print(swallow())
