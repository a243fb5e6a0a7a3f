def f():
    def g[T](x: (yield)): pass
