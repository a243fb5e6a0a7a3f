x = 0
def f():
    global x
    global y, z
    x = 1
    def g():
        nonlocal_ = 0
        a = 1
        def h():
            nonlocal a
            nonlocal a, b_
            a = 2
        b_ = 3
    return g
