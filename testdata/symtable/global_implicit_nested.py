def f():
    def g():
        return h
    return g
