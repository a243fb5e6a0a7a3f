class A[T]: pass
class B[T: int]: pass
class C[T](Base[T]): pass
class D[K, V](dict[K, V], metaclass=M): pass
class E[*Ts]: pass
class F[**P]: pass
class G[T: (int, str), *Ts, **P]:
    def m[U](self, x: T, y: U) -> U: return y
    type Alias[V] = dict[T, V]
@dec
class H[T,]: pass
