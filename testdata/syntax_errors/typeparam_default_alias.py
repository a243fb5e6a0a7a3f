type A[T = int] = T
