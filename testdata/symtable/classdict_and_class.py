class C:
    def f[T](self) -> T:
        return __class__
