def f():
    x = 0
    def g():
        nonlocal x
        x += 1
    g()
    return x
