class Outer:
    x = int
    def m[T: x](self, a: T) -> T:
        return a
    type A[U] = list[U]
    type B = x
    class Inner[V]: pass
