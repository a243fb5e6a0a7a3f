def f(xs):
    if any((y := x) > 1 for x in xs):
        return y
    return [z := x for x in xs], z
