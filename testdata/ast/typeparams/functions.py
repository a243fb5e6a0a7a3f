def f[T](x: T) -> T: return x
def f[T: int](x: T): pass
def f[T: (int, str)](x: T): pass
def f[*Ts](*args: *Ts): pass
def f[**P](*args: P.args, **kwargs: P.kwargs): pass
def f[T, *Ts, **P](): pass
def f[T: Hashable, U: (bytes, str), *Ts, **P,](): pass
async def g[T](x: T) -> T: return x
@dec
def h[T](): pass
def f[T: list[int]](): pass
def f[T: "Forward"](): pass
