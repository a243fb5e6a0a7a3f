def f():
    x = 1
    x += 2
    del x
    y[0] += 1
    z.a -= 1
