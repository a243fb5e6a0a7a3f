def f[T](x: T) -> T:
    return x
def g[T: (int, str), U](a=1, *, b=2) -> U:
    pass
def h[T](): pass
