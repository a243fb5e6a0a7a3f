def f(a, b, /, c, *, d):
    return a, b, c, d
lambda x, /, y, *z, w, **k: x
