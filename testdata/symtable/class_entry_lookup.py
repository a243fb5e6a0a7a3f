def outer():
    x = 1
    class C:
        x = 2
        def f[T](self, a: x) -> T: pass
    return C
