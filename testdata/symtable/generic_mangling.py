class C:
    def f[__T](self, __a: __T): pass
    type __A = int
