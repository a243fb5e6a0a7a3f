type A = int
type B[T] = list[T]
type C[T: int, *Ts, **P] = tuple[T, *Ts]
