def f(kind):
    try:
        if kind == "raise":
            raise ValueError
        return "try"
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", kind)
print(f("ok"), f("raise"))
def g():
    x = 1
    try:
        return x
    finally:
        x = 2
print(g())
