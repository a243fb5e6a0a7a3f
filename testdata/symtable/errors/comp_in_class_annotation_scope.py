class C:
    def f[T](self, a: [x for x in y]): pass
