class C[T](Base[T]):
    def m(self) -> T:
        return super().m()
