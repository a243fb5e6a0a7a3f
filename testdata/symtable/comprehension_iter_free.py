def f(a):
    return [x for x in a for y in (lambda: x)()]
