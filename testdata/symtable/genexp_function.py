def f(xs):
    z = 2
    return (x + z for x in xs)
